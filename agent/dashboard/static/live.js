// A running call's page: its conversation follows the call until it ends.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const list = document.getElementById("conversation");
  if (!list || !list.dataset.live) return;
  list.replaceChildren();  // the stream sends every line from the first
  followConversation(list, list.dataset.live, () => window.location.reload());
});
