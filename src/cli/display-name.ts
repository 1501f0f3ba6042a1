/** How an input is named in messages: `-` is `<stdin>`. */
export function displayName(name: string): string {
  return name === '-' ? '<stdin>' : name;
}
