export * from "./transfer-payload";
export * from "./plan-import";
export * from "./transfer-summary";
