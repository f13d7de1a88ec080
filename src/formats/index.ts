export type { ImportIssue, ImportResult } from "./import-result";
export { parseGift } from "./gift-parse";
export { parseAiken } from "./aiken";
export type { ExportResult } from "./gift-export";
export { exportGift } from "./gift-export";
