declare module 'fontkit' {
  /** The part of fontkit's font that text measurement needs. */
  export interface Font {
    unitsPerEm: number;
    layout(text: string): { advanceWidth: number };
  }
  export function openSync(path: string): Font;
}
