// The student pages' one stylesheet. Phone first (360 px and up); the article
// and the questions sit side by side from 960 px. Right and wrong are told by
// words and symbols as well as colour. Contrast meets WCAG AA.
export const STUDENT_CSS = `
*{box-sizing:border-box}
body{font:17px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}
main{max-width:1180px;margin:0 auto;padding:12px 14px 48px}
h1{font-size:1.45rem;line-height:1.25;margin:.3em 0}
h2{font-size:1.15rem;margin:1.2em 0 .4em}
a{color:#1a4f8b}
.muted{color:#555}
.quizzes{list-style:none;padding:0}
.quizzes li{border:1px solid #ccc;border-radius:8px;padding:10px 12px;margin:8px 0}
.article p{margin:.6em 0}
.article mark{background:#fff3b0;color:inherit;padding:0 1px}
.article mark:target{background:#ffd84d;outline:3px solid #8a6d00}
.layout{display:block}
@media (min-width:960px){.layout{display:grid;grid-template-columns:1fr 1fr;gap:28px}.layout>.article{position:sticky;top:0;max-height:100vh;overflow:auto}}
.question{border:1px solid #bbb;border-radius:8px;padding:10px 12px;margin:14px 0}
fieldset{border:0;margin:0;padding:0;min-width:0}
legend{font-weight:600;padding:0;margin-bottom:6px}
.qnum{display:block;font-weight:400;color:#555;font-size:.9rem}
.choice{display:flex;gap:10px;align-items:flex-start;padding:8px 4px;min-height:44px}
.choice input{width:22px;height:22px;margin:2px 0 0;flex:none}
label.field{display:block;margin:6px 0 4px}
input[type=text],select{font:inherit;width:100%;max-width:100%;padding:8px;border:1px solid #767676;border-radius:6px;background:#fff;color:#1b1b1b}
.gap{display:inline-block;width:auto;min-width:7em;max-width:100%;padding:4px 6px;margin:2px 0}
select.gap{width:auto}
.cloze{line-height:2.2}
.pair{margin:10px 0}
.order{padding-left:1.6em}
.order li{padding:6px 0;border-bottom:1px solid #ddd}
.order .moves{display:flex;gap:8px;margin-top:4px}
button{font:inherit;padding:9px 16px;min-height:44px;border-radius:6px;border:1px solid #1a4f8b;background:#1a4f8b;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#1a4f8b}
button:disabled{background:#e6e6e6;color:#555;border-color:#999;cursor:not-allowed}
:focus-visible{outline:3px solid #c25e00;outline-offset:2px}
.actions{display:flex;flex-wrap:wrap;gap:10px;align-items:center;margin-top:10px}
.saved{color:#555;font-size:.95rem}
.alert{border-left:5px solid #a4260b;background:#fdecea;padding:8px 10px;margin:8px 0}
.result{border-left:5px solid #767676;background:#f4f4f4;padding:8px 10px;margin-top:10px}
.result.correct{border-color:#1e6b34;background:#e8f5ec}
.result.partial{border-color:#8a6d00;background:#fff8e1}
.result.incorrect{border-color:#a4260b;background:#fdecea}
.result p{margin:.3em 0}
.verdict{font-weight:700}
.summary{border:2px solid #1a4f8b;border-radius:8px;padding:10px 14px;margin:12px 0}
.timer{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;padding:6px 0;font-weight:600;z-index:1}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;
