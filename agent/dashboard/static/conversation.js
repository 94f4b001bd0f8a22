// Follows a call's conversation as it grows: server-sent events from /calls/<id>/live, one
// line per event (a tool step is sent again once its result is in, and replaced).
"use strict";

function conversationLine(list, line) {
  let li = list.querySelector(`li[data-index="${line.index}"]`);
  if (!li) {
    li = document.createElement("li");
    li.dataset.index = line.index;
    list.appendChild(li);
  }
  li.className = "line " + line.kind + (line.kind === "user" || line.kind === "bot" ? "" : " step");
  if (line.status) li.classList.add(line.status);
  li.replaceChildren();
  const time = document.createElement("time");
  time.textContent = line.at;
  if (line.kind === "user" || line.kind === "bot") {
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = line.kind === "user" ? list.dataset.caller : list.dataset.agent;
    const p = document.createElement("p");
    p.textContent = line.text;
    li.append(who, p, time);
  } else {
    const span = document.createElement("span");
    span.textContent = line.kind === "tool" ? "→ " + line.text
      : "⚡ " + line.label + (line.text ? ": " + line.text : "");
    li.append(span, time);
  }
  li.scrollIntoView({ block: "nearest" });
}

function followConversation(list, url, onEnded) {
  const source = new EventSource(url);
  source.onmessage = (event) => conversationLine(list, JSON.parse(event.data));
  source.addEventListener("ended", () => {
    source.close();
    list.dataset.ended = "true";
    if (onEnded) onEnded();
  });
  return source;
}
