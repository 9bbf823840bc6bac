// Types of scripts/dist-state.js (plain JavaScript: bin/techalliance.js loads it before tsx).
export declare const STAMP: string;
export declare const isExcludedSource: (name: string) => boolean;
export declare function distIsFresh(root: string): boolean;
