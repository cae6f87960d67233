/** Ribbon commands. The Home-tab button opens the pane through the manifest (ShowTaskpane). */
Office.onReady(() => {
  // Function commands are associated here as they are built (see the task-pane issue).
});
