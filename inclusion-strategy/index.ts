export * from "./strategy-schema";
export * from "./sections";
export * from "./budget";
export * from "./build-draft";
export * from "./strategy-document";
