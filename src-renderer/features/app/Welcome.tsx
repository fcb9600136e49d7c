/** Shown before any draft is open: what to do first. */
export function Welcome() {
  return (
    <section className="welcome">
      <h2>尚未打开草稿</h2>
      <p>请点击上方“打开草稿文件”选择部门预算草稿（*.budget.json），</p>
      <p>或点击“示例：舟山市人民政府办公室2022”查看示例草稿生成的公开表。</p>
    </section>
  );
}
