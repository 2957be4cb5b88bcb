export declare const root: string;
export declare function distIsStale(): boolean;
export declare function build(options?: { quiet?: boolean }): void;
