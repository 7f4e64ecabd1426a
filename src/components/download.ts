// The previous download's object URL: released when the next download starts (or the page
// goes), never on a timer, because a busy browser may start reading it seconds after the click.
let pendingUrl: string | null = null;

/** Starts a download of a blob (object URL + a temporary <a download>). */
export function downloadBlob(fileName: string, blob: Blob): void {
  if (pendingUrl) URL.revokeObjectURL(pendingUrl);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  pendingUrl = url;
}
