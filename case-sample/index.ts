export * from "./golden-thread";
export * from "./draw-sample";
export * from "./sample-document";
