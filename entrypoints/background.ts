export default defineBackground(() => {
  // Notebook and site-permission handlers are registered here as they land.
});
