// Progressive enhancement only: every page works without this file.
// A submitted form disables its buttons so an impatient second click does not send it again
// (the server is idempotent regardless; this just spares the customer a confusing second answer).
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  queueMicrotask(() => form.querySelectorAll('button[type="submit"]').forEach((b) => { b.disabled = true; }));
});
