/**
 * A one-line progress bar on standard error: `[#####.....] 12/40 file.md`.
 *
 * Redrawn in place with `\r` and an erase-line sequence, and only when
 * standard error is a terminal and there is more than one step: piped or
 * redirected output, and CI logs, never see it.
 */
import type {Io} from './io.js'

/** A progress bar (every method does nothing when it is inactive). */
export interface Progress {
  /** Whether the bar is drawn at all. */
  active: boolean
  /** Record progress and redraw. */
  update(done: number, label?: string | null | undefined): void
  /** Erase the bar, so that other output can be written. */
  clear(): void
  /** Draw the bar again after `clear`. */
  draw(): void
  /** Erase the bar for good. */
  end(): void
}

/** Width of the bar in cells. */
const width = 20
/** Longest label shown; longer ones keep their end. */
const labelWidth = 48
/** Return to the start of the line and erase it. */
const erase = '\r\u001B[K'

/**
 * Create a progress bar.
 *
 * @param io
 *   Streams; the bar is drawn only when `io.isTty`.
 * @param total
 *   Number of steps; the bar is drawn only when more than 1.
 * @returns
 *   Progress bar.
 *
 * @example
 *   const progress = createProgress(io, files.length)
 *   progress.update(1, 'a.md') // stderr: `\r\x1b[K[#####...............] 1/4 a.md`
 */
export function createProgress(io: Io, total: number): Progress {
  const active = Boolean(io.isTty) && total > 1
  let done = 0
  let label = ''
  let shown = false

  const progress: Progress = {
    active,
    update(value, text) {
      done = Math.min(Math.max(value, 0), total)
      label = text ?? label
      progress.draw()
    },
    clear() {
      if (!shown) return
      io.stderr(erase)
      shown = false
    },
    draw() {
      if (!active) return
      io.stderr(erase + render(done, total, label))
      shown = true
    },
    end() {
      progress.clear()
    }
  }

  return progress
}

/** The text of the bar. */
function render(done: number, total: number, label: string): string {
  const filled = Math.round((done / total) * width)
  const bar = '#'.repeat(filled) + '.'.repeat(width - filled)
  const text = label.replace(/[\u0000-\u001F\u007F]/g, '?')
  const shown = text.length > labelWidth ? '…' + text.slice(-(labelWidth - 1)) : text
  return '[' + bar + '] ' + done + '/' + total + (shown ? ' ' + shown : '')
}
