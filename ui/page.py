"""How the page looks and behaves in the browser: its style (light, dark, a phone) and its script (copying an
answer as text, naming messages for screen readers, opening 原文 at a source, stepping through search matches)."""

CSS = """
.qa-figure strong { font-size: 1.6em; color: #b42318; }
.qa-understood { color: #475467; font-size: 0.9em; margin: 4px 0; }
.qa-source summary { cursor: pointer; color: #175cd3; }
.qa-none, .qa-note, .qa-pending { color: #475467; font-size: 0.85em; }
.qa-copy { border: 1px solid #98a2b3; border-radius: 6px; background: transparent; cursor: pointer;
  font-size: 0.8em; padding: 2px 8px; margin-top: 6px; color: inherit; }
.qa-copy::before { content: "复制"; }
.qa-copy.qa-copied::before { content: "已复制"; }
.qa-plain, .qa-at { display: none; }
.qa-goto { border: none; background: transparent; color: #175cd3; cursor: pointer; font-size: 0.85em; }
.qa-goto::before { content: "在原文中查看"; }
.qa-answer mark, #qa-report mark, .qa-here { background: #fff1a8; color: #1d2939; }
mark.qa-current { outline: 2px solid #b42318; }
.qa-found { font-size: 0.9em; color: #475467; margin: 4px 0; }
#qa-heading h2 { margin: 0; }
/* dark mode: light text, light links, highlights dark on light yellow (contrast ≥ 4.5:1 text, ≥ 3:1 links) */
/* (one selector a rule: Gradio scopes each rule's first .dark only) */
.dark .qa-figure strong { color: #ff9c8f; }
.dark .qa-understood { color: #c5cad3; }
.dark .qa-none { color: #c5cad3; }
.dark .qa-note { color: #c5cad3; }
.dark .qa-pending { color: #c5cad3; }
.dark .qa-found { color: #c5cad3; }
.dark .qa-source summary { color: #8ec5ff; }
.dark .qa-goto { color: #8ec5ff; }
.dark mark.qa-current { outline-color: #ff9c8f; }
/* a phone: the title on one line, the chat within the screen, nothing wider than it */
@media (max-width: 600px) {
  #qa-heading h2 { font-size: 1.05em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  #qa-chat { height: 58vh !important; }
  .gradio-container { padding-left: 6px !important; padding-right: 6px !important; }
}
"""
# Each answer carries its plain text hidden (.qa-plain): its copy button copies that, and each message's accessible
# name becomes its text as read (Gradio names a message by its raw HTML, and its sanitizer drops aria- attributes).
HEAD = """<script>
let qaHit = -1;
function qaStep(step) {  // 上一处 / 下一处 through the words searched for in 原文
  const hits = [...document.querySelectorAll("#qa-report mark.qa-hit")];
  if (!hits.length) return;
  hits.forEach((hit) => hit.classList.remove("qa-current"));
  qaHit = (((qaHit + step) % hits.length) + hits.length) % hits.length;
  hits[qaHit].classList.add("qa-current");
  hits[qaHit].scrollIntoView({ block: "center" });
  document.getElementById("qa-found").textContent = `第 ${qaHit + 1} / ${hits.length} 处`;
}
function qaMark(paragraph, sentence) {  // the sentence marked inside its paragraph, across text nodes
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let text = "";
  while (walker.nextNode()) {
    nodes.push([walker.currentNode, text.length]);
    text += walker.currentNode.textContent;
  }
  const at = text.indexOf(sentence);
  if (at < 0) return null;
  const place = (offset) => {
    const [node, start] = nodes.filter(([, s]) => s <= offset).pop();
    return [node, offset - start];
  };
  const range = document.createRange();
  range.setStart(...place(at));
  range.setEnd(...place(at + sentence.length));
  const mark = document.createElement("mark");
  mark.appendChild(range.extractContents());
  range.insertNode(mark);
  return mark;
}
function qaGoto(button, tries = 30) {  // a source's 在原文中查看: 原文 opened at its sentence, marked
  const at = Number(button.querySelector(".qa-at").textContent);
  const sentence = button.parentElement.querySelector("mark").textContent;
  const tab = [...document.querySelectorAll("button[role=tab]")].find((b) => b.textContent.trim() === "原文");
  if (tab && tab.getAttribute("aria-selected") !== "true") tab.click();
  const paragraphs = [...document.querySelectorAll("#qa-report p[id^=qa-p-]")];
  if (!paragraphs.length) {  // the tab is still being drawn
    if (tries > 0) setTimeout(() => qaGoto(button, tries - 1), 100);
    return;
  }
  for (const old of document.querySelectorAll("#qa-report .qa-here")) {  // the last one visited, unmarked
    if (old.tagName !== "MARK") {
      old.classList.remove("qa-here");
      continue;
    }
    const parent = old.parentNode;
    old.replaceWith(...old.childNodes);
    parent.normalize();
  }
  const placed = paragraphs.find((p) => {
    const [, , start, end] = p.id.split("-");
    return Number(start) <= at && at < Number(end) && p.textContent.includes(sentence);
  });  // by its place, else (another report's place) by its words
  const paragraph = placed || paragraphs.find((p) => p.textContent.includes(sentence));
  if (!paragraph) return;
  const target = qaMark(paragraph, sentence) || paragraph;
  target.classList.add("qa-here");
  target.scrollIntoView({ block: "center" });
}
document.addEventListener("click", (event) => {
  const goto = event.target.closest ? event.target.closest(".qa-goto") : null;
  if (goto) {
    qaGoto(goto);
    return;
  }
  const button = event.target.closest ? event.target.closest(".qa-copy") : null;
  const plain = button && button.closest(".qa-answer").querySelector(".qa-plain");
  if (!plain) return;
  const done = () => {
    button.classList.add("qa-copied");
    setTimeout(() => button.classList.remove("qa-copied"), 1500);
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(plain.textContent).then(done).catch(() => {});
    return;
  }
  const area = document.createElement("textarea");
  area.value = plain.textContent;
  document.body.appendChild(area);
  area.select();
  document.execCommand("copy");
  area.remove();
  done();
});
const qaNames = {  // names Gradio gives its own controls in English, for screen readers and tooltips
  "Clear": "清除对话", "chatbot conversation": "对话", "Feedback": "反馈", "Like": "赞", "Dislike": "踩",
  "Fullscreen": "全屏", "Table actions": "表格操作", "Copy table data": "复制表格", "Dataframe": "数据表",
  "Click to upload or drop files": "点击上传或拖放文件", "Gradio footer navigation": "页脚导航",
  "File upload": "上传文件", "More tabs": "更多标签页",
};
new MutationObserver(() => {
  for (const element of document.querySelectorAll("[aria-label], [title]")) {
    for (const name of ["aria-label", "title"]) {
      const said = element.getAttribute(name);
      if (said && Object.hasOwn(qaNames, said)) element.setAttribute(name, qaNames[said]);
    }
  }
  const found = document.getElementById("qa-found");
  if (!found || found.textContent.startsWith("找到")) qaHit = -1;  // a new search starts from its first
  for (const message of document.querySelectorAll("#qa-chat [data-testid=bot], #qa-chat [data-testid=user]")) {
    const plain = message.querySelector(".qa-plain");
    const name = plain ? plain.textContent : message.innerText;
    if (message.getAttribute("aria-label") !== name) message.setAttribute("aria-label", name);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
</script>"""

# Gradio's own words on this page, in Chinese whatever the browser's language (a Chinese browser gets them anyway)
GRADIO_WORDS = {
    "upload_text.drop_file": "将文件拖放到此处",
    "upload_text.click_to_upload": "点击上传",
    "common.or": "或",
    "common.built_with_gradio": "使用 Gradio 构建",
    "common.settings": "设置",
    "common.loading": "加载中",
    "common.clear": "清除",
    "common.download": "下载",
    "common.copy": "复制",
    "common.search": "搜索",
    "common.use_via_api": "通过 API 使用",
    "errors.use_via_api": "通过 API 使用",
    "chatbot.like": "赞",
    "chatbot.dislike": "踩",
    "chatbot.flag": "反馈原因",
}
OTHER_LANGUAGES = ("en", "fr", "de", "es", "it", "ja", "ko", "ru", "pt", "ar")
