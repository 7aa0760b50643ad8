/** Saves text or bytes as a file the user chooses to keep; nothing leaves the computer. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(fileName: string, text: string, type = "text/plain"): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}
