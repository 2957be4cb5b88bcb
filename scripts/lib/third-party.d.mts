export declare function bundledPackages(dist?: string): string[];
export declare function thirdPartyNotices(dist?: string): string;
