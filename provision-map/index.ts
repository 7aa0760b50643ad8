export * from "./intervention";
export * from "./roster";
export * from "./cost-share";
export * from "./attendance";
export * from "./progress";
export * from "./intervention-form";
export * from "./session-log";
export * from "./without-pupil";
