/** Move up, move down and remove, each naming the item for screen readers. */
export function ItemButtons({ label, onMove, onRemove }: { label: string; onMove: (by: -1 | 1) => void; onRemove: () => void }) {
  return (
    <div class="button-row">
      <button type="button" class="button link" onClick={() => onMove(-1)}>Move up<span class="visually-hidden"> {label}</span></button>
      <button type="button" class="button link" onClick={() => onMove(1)}>Move down<span class="visually-hidden"> {label}</span></button>
      <button type="button" class="button link" onClick={onRemove}>Remove<span class="visually-hidden"> {label}</span></button>
    </div>
  );
}
