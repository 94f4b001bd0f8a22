// A call from this browser: microphone -> RTCPeerConnection -> the agent (pipecat's
// SmallWebRTCTransport); the agent's voice plays in <audio>; the conversation follows live.
"use strict";

function iceGathered(pc) {
  if (pc.iceGatheringState === "complete") return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      if (pc.iceGatheringState === "complete") {
        pc.removeEventListener("icegatheringstatechange", done);
        resolve();
      }
    };
    pc.addEventListener("icegatheringstatechange", done);
    setTimeout(resolve, 3000);  // host candidates come at once; do not wait for more
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const box = document.getElementById("browser-call");
  if (!box) return;
  const start = document.getElementById("start-call");
  const end = document.getElementById("end-call");
  const status = document.getElementById("call-status");
  const audio = document.getElementById("bot-audio");
  const list = document.getElementById("conversation");
  const link = document.getElementById("call-link");
  let pc = null, pcId = null, source = null, mic = null;

  const post = (url, body) => fetch(url, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": box.dataset.csrf },
    body: JSON.stringify(body),
  });

  async function hangUp() {
    end.disabled = true;
    if (pcId) await post(box.dataset.hangup, { pc_id: pcId }).catch(() => {});
    if (pc) pc.close();
    if (mic) mic.getTracks().forEach((t) => t.stop());
    pc = null; pcId = null; mic = null;
    status.textContent = box.dataset.over;
    start.disabled = false;
  }

  start.addEventListener("click", async () => {
    start.disabled = true;
    list.replaceChildren();
    link.hidden = true;
    status.textContent = box.dataset.connecting;
    try {
      mic = await navigator.mediaDevices.getUserMedia({ audio: true });
      pc = new RTCPeerConnection({ iceServers: [] });
      mic.getTracks().forEach((track) => pc.addTrack(track, mic));
      pc.addTransceiver("video", { direction: "recvonly" });  // the transport expects both
      pc.ontrack = (event) => {
        if (event.track.kind === "audio") audio.srcObject = event.streams[0] || new MediaStream([event.track]);
      };
      pc.onconnectionstatechange = () => {
        if (pc && ["failed", "closed"].includes(pc.connectionState)) hangUp();
      };
      await pc.setLocalDescription(await pc.createOffer());
      await iceGathered(pc);
      const response = await post(box.dataset.offer, { sdp: pc.localDescription.sdp, type: "offer" });
      const answer = await response.json();
      if (!response.ok) throw new Error(answer.error || response.status);
      pcId = answer.pc_id;
      await pc.setRemoteDescription({ sdp: answer.sdp, type: answer.type });
      box.dataset.callId = answer.call_id;
      link.querySelector("a").href = box.dataset.calls + answer.call_id;
      link.hidden = false;
      status.textContent = box.dataset.liveText;
      end.disabled = false;
      source = followConversation(list, box.dataset.calls + answer.call_id + "/live", () => {
        status.textContent = box.dataset.over;
        end.disabled = true;
        start.disabled = false;
      });
    } catch (error) {
      status.textContent = box.dataset.failed + " " + error.message;
      if (pc) pc.close();
      if (mic) mic.getTracks().forEach((t) => t.stop());
      pc = null; mic = null;
      start.disabled = false;
    }
  });
  end.addEventListener("click", hangUp);
  // leaving the page closes the connection; the server sees it close and ends the call
  window.addEventListener("pagehide", () => { if (pc) pc.close(); });
});
