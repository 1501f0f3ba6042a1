import type { Entity, EntityType, Extractor, NormalizeOptions, Token } from '../src/types';
import type { NormalizedText } from '../src/normalize/normalize';

/** The functions under test: src/ in the tests, dist/ in the fuzz run. */
export interface InvariantApi {
  normalize(text: string, options?: NormalizeOptions): NormalizedText;
  tokenize(text: string, options?: { readonly normalize?: NormalizeOptions }): Token[];
}

export declare function isHaraka(code: number): boolean;
export declare function isHigh(code: number): boolean;
export declare function isLow(code: number): boolean;
export declare function splitsSurrogatePair(input: string, offset: number): boolean;
export declare function checkEntities(
  input: string,
  entities: readonly Entity[],
  options?: { readonly types?: ReadonlySet<EntityType>; readonly normalize?: (text: string) => string },
): string[];
export declare function checkNormalized(input: string, result: NormalizedText, api: InvariantApi, options?: NormalizeOptions, limits?: { readonly sample?: number }): string[];
export declare function checkTokens(input: string, tokens: readonly Token[], options?: { readonly normalize?: (text: string) => string }): string[];
export declare function checkInput(
  api: InvariantApi,
  extractor: Extractor,
  input: string,
  switches?: NormalizeOptions,
  options?: { readonly sample?: number; readonly types?: ReadonlySet<EntityType> },
): string[];
