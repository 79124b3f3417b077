/**
 * Saves text as a file: a Blob behind an object URL, clicked through a temporary
 * <a download>, the URL revoked once the browser has taken it.
 */
export function downloadFile(name: string, mediaType: string, content: string | Blob): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type: mediaType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
