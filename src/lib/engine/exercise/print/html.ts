// Printable HTML as strings (docs/exercises.md). Every text from the network file — titles, labels —
// is untrusted: it reaches the page only through `esc`, which escapes & < > " ' so that nothing in
// it can open a tag or leave an attribute.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A label such as `H_1`, `w_{12}` or `\delta_{O_1}` as plain text with its first subscript lowered. */
export function labelHtml(plain: string): string {
	const m = /^([^_]+)_\{?([^{}]+?)\}?('?)$/.exec(plain);
	if (!m) return esc(plain);
	const head = esc(m[1]).replace(/\^(\[[^\]]*\]|\S)/, '<sup>$1</sup>');
	return `${head}<sub>${esc(m[2])}</sub>${esc(m[3])}`;
}

const PRINT_CSS = `
*{box-sizing:border-box}
body{font-family:"Noto Sans","Noto Sans CJK TC","Microsoft JhengHei",sans-serif;color:#111;margin:0;font-size:11pt}
.page{padding:12mm 14mm;page-break-after:always;break-after:page;min-height:100vh;position:relative}
.page:last-child{page-break-after:auto;break-after:auto}
h1{font-size:15pt;margin:0 0 2mm}
h2{font-size:12pt;margin:5mm 0 2mm}
.meta{color:#444;font-size:10pt;margin:0 0 3mm}
.name{display:flex;gap:8mm;margin:2mm 0 4mm;font-size:10.5pt}
.name span{flex:1;border-bottom:1px solid #333;padding-bottom:1mm}
.net{display:block;margin:1mm auto;max-width:100%;max-height:70mm;width:auto;height:auto}
.givens p{margin:0 0 1.2mm;font-size:10pt}
table{border-collapse:collapse;font-size:10pt}
td,th{border:1px solid #999;padding:0.8mm 1.6mm;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.blanks td.blank{width:22mm;height:8mm}
.blanks,.answers{width:100%}
.link{display:flex;gap:5mm;align-items:center;margin-top:5mm;font-size:8.5pt;word-break:break-all}
.link svg{flex:none;width:32mm;height:32mm}
.link a{color:#114}
pre{font-size:8pt;line-height:1.3;white-space:pre-wrap;margin:0}
/* the worked solution's lines are written 100 characters wide: the page's width at this size */
pre.solution{font-size:7.2pt;overflow-wrap:anywhere}
@page{size:A4;margin:0}
@media screen{body{background:#ddd}.page{background:#fff;max-width:210mm;margin:6mm auto;box-shadow:0 1px 4px #0003;min-height:auto}}
`;

/** A whole self-contained document: the pages and the print styles, nothing loaded from elsewhere. */
export function documentHtml(title: string, lang: string, pages: string[]): string {
	return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
${pages.join('\n')}
</body>
</html>
`;
}
