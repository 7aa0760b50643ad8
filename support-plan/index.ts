export * from "./isp-schema";
export * from "./isp-headings";
export * from "./build-isp";
export * from "./isp-document";
export * from "./isp-plain-document";
export * from "./isp-json";
