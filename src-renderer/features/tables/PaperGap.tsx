/** Space standing for body lines that are not drawn (far above or below the view: use-paper-window.ts). */
export function PaperGap({ height, width }: { height: number; width: number }) {
  return (
    <tbody className="paper-gap" aria-hidden="true">
      <tr>
        <td colSpan={width} style={{ height }} />
      </tr>
    </tbody>
  );
}
