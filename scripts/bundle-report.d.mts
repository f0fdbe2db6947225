export declare const BUDGETS: { extractor: number; popup: number; reader: number; library: number; background: number };
export interface Group { name: string; files: string[]; lazy: string[]; gzip: number; lazyGzip: number; budget: number }
export declare function shippedFiles(dist: string): { path: string; raw: number; gzip: number }[];
export declare function pageScripts(dist: string, html: string): { eager: string[]; lazy: string[] };
export declare function bundleGroups(dist: string): (Group | null)[];
export declare function formatReport(dist: string): string;
