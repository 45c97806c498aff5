export const en = {
  expected: {
    library: "a library file (the file “Export library” saves)",
    "saved-views": "a saved-views file (the file “Export views” saves)",
  },
  "not-json": "This file is not {{expected}}: it is not JSON text, so it may be damaged or another kind of file.",
  "too-large": "This file is {{megabytes}} MB: too big to be {{expected}}, which is never more than 20 MB.",
  "newer-version":
    "This file was written by a newer version of Paper Explorer (file version {{version}}), and this version reads version 1. Open it in the newer version, or update this one.",
  damaged:
    "This looks like {{expected}}, but parts every such file has (its version, its list) are missing or damaged. Export it again from the browser it came from.",
  found: {
    library: "This is a library file, not {{expected}}: import it from the “Library” menu.",
    "saved-views": "This is a saved-views file, not {{expected}}: import it from the “Saved views” menu.",
    dataset: "This is a dataset file, not {{expected}}: open it from the “Dataset” menu.",
    other: "This JSON file is not {{expected}}: nothing in it says it is one of Paper Explorer's files.",
  },
};

export const zh: typeof en = {
  expected: {
    library: "文库文件（“导出文库”保存的文件）",
    "saved-views": "已存视图文件（“导出视图”保存的文件）",
  },
  "not-json": "该文件不是{{expected}}：它不是 JSON 文本，可能已损坏或是其他类型的文件。",
  "too-large": "该文件大小为 {{megabytes}} MB，{{expected}}不会超过 20 MB。",
  "newer-version":
    "该文件由更新版本的论文浏览器写出（文件版本 {{version}}），当前版本只能读取版本 1。请在新版本中打开，或更新当前版本。",
  damaged: "该文件看起来是{{expected}}，但缺少或损坏了此类文件都有的部分（版本或列表）。请在原来的浏览器中重新导出。",
  found: {
    library: "这是文库文件，不是{{expected}}：请在“文库”菜单中导入。",
    "saved-views": "这是已存视图文件，不是{{expected}}：请在“已存视图”菜单中导入。",
    dataset: "这是数据集文件，不是{{expected}}：请通过“数据集”菜单打开。",
    other: "该 JSON 文件不是{{expected}}：文件中没有表明它是论文浏览器的文件。",
  },
};
