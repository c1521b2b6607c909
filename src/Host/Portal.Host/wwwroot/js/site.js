// Progressive enhancement only: every page works without this file.
// A submitted form disables its buttons so an impatient second click does not send it again
// (the server is idempotent regardless; this just spares the customer a confusing second answer).
// In the next task, not a microtask: the browser reads the form's fields after the submit listeners,
// and a button disabled by then would not send its own name and value (the unified dashboard's do).
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  setTimeout(() => form.querySelectorAll('button[type="submit"]').forEach((b) => { b.disabled = true; }));
});

// Copy buttons: <button data-copy="id-of-field" data-copy-status="id-of-live-region" data-copied="Copied" hidden>.
// They stay hidden where the clipboard API is missing (no JavaScript, or a page not served securely),
// because the value itself is always shown in a selectable field.
if (navigator.clipboard) {
  document.querySelectorAll('button[data-copy][hidden]').forEach((button) => { button.hidden = false; });
}

document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('button[data-copy]') : null;
  if (!button) return;
  const target = document.getElementById(button.dataset.copy);
  if (!target) return;
  const status = document.getElementById(button.dataset.copyStatus);
  const text = 'value' in target ? target.value : target.textContent;
  try {
    await navigator.clipboard.writeText(text.trim());
    if (status) {
      // Emptied first so saying "Copied" twice in a row is announced twice.
      status.textContent = '';
      setTimeout(() => { status.textContent = button.dataset.copied || 'Copied'; }, 50);
    }
  } catch {
    // Clipboard refused (permissions): select the value so Ctrl+C / Cmd+C finishes the job.
    if (typeof target.select === 'function') {
      target.focus();
      target.select();
    }
  }
});
