import {readFileSync} from 'node:fs'
import {analyze} from './src/analyze.js'
import {renderHtml} from './src/render/html.js'
import {defaultGlossary} from './src/glossary/index.js'
const md = readFileSync('test/fixtures/sample/input.md', 'utf8')
const a = analyze(md)
console.log(renderHtml(md, a, {glossary: defaultGlossary}))
const md2 = '# Título *con* énfasis\n\n- La *Guardia* Nacional dijo.\n- Otro\n\n| a | b |\n|---|---|\n| La FGR | x |\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) ![i](JAVASCRIPT:x) [ok](https://a.b)\n'
console.log(renderHtml(md2, analyze(md2), {glossary: defaultGlossary, document: true}))
