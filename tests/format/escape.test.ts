import { escapeHtml } from '../../src/format/escape-html';
import { escapeTsvField } from '../../src/format/escape-tsv-field';

describe('escapeHtml', () => {
  test.each([
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ["O'Brien & «روسيا»", 'O&#39;Brien &amp; «روسيا»'],
    ['&amp;', '&amp;amp;'],
    ['نص عادي', 'نص عادي'],
  ])('%s', (input, expected) => expect(escapeHtml(input)).toBe(expected));
});

describe('escapeTsvField', () => {
  test.each([
    ['a\tb', 'a\\tb'],
    ['سطر\nسطر', 'سطر\\nسطر'],
    ['c:\\path', 'c:\\\\path'],
    ['x\r\n', 'x\\r\\n'],
    ['موسكو', 'موسكو'],
  ])('%j', (input, expected) => expect(escapeTsvField(input)).toBe(expected));
});
