import { defineBackground } from "wxt/utils/define-background";
import { openSidePanelFromToolbar } from "@/platform/side-panel";

export default defineBackground(() => {
  openSidePanelFromToolbar();
});
