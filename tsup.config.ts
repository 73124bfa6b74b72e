import {readFileSync} from 'node:fs'
import {defineConfig} from 'tsup'

const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'node/index': 'src/node/index.ts',
    remark: 'src/plugin.ts',
    detect: 'src/detect.ts',
    'cli/bin': 'src/cli/bin.ts',
    'node/batch-worker': 'src/node/batch-worker.ts'
  },
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'node20',
  platform: 'neutral',
  splitting: true,
  noExternal: [/^(?!node:)/],
  sourcemap: false,
  define: {__GLOSA_VERSION__: JSON.stringify(version)}
})
