import {readFileSync} from 'node:fs'
import {annotateMarkdown, stripAnnotations} from './src/outputs.js'
const md = readFileSync('test/fixtures/sample/input.md', 'utf8')
const a = annotateMarkdown(md)
console.log(a)
console.log(stripAnnotations(a) === md, annotateMarkdown(a) === a)
const md2 = 'Nota :es[falsa]{pair=x} \\:term[FGR] y *La FGR* dijo `:en[x]`.\n\n- La *Guardia* Nacional dijo.\n'
const b = annotateMarkdown(md2)
console.log(b); console.log(stripAnnotations(b) === md2, annotateMarkdown(b) === b)
