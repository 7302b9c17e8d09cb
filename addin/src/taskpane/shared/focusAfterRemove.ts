/**
 * After a row is removed (Ta bort): focus the first field of the row now at `index` (the next one), else of the one
 * before, else the add button `addId` — never the page's body (issue 23, review s8-2 finding 4). At the next frame,
 * once React has removed the row. Rows carry their place in `data-<rowAttr>="<index>"`.
 */
export function focusAfterRemove(rowAttr: string, index: number, addId: string): void {
  requestAnimationFrame(() => {
    const first = (i: number) => document.querySelector<HTMLElement>(`[data-${rowAttr}="${i}"] input`);
    (first(index) ?? first(index - 1) ?? document.getElementById(addId))?.focus();
  });
}
