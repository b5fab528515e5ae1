// The review page's script (run in the browser, no network): draws the PDF
// pages with the embedded pdf.js, and ties records, findings and cells together
// through the ids the page was built with — it reads provenance, computes none.
export const pageScript = String.raw`
const byId = (id) => document.getElementById(id);
const idsOf = (text) => (text || '').split(' ').filter(Boolean);
const findings = [...document.querySelectorAll('.finding')];
let current = -1;

function clear() {
  for (const element of document.querySelectorAll('.selected, .actual, .against, .flash')) element.classList.remove('selected', 'actual', 'against', 'flash');
  byId('cell-records').hidden = true;
}
function mark(ids, name) {
  const cells = ids.map(byId).filter(Boolean);
  for (const cell of cells) cell.classList.add(name);
  return cells;
}
function reveal(element) {
  if (element) element.scrollIntoView({ block: 'center' });
}
/** Scroll to the first of the cells, or to the table when only the table is recorded. */
function showPlace(cells, table) {
  if (cells.length > 0) return reveal(cells[0]);
  const label = table === '' || table === undefined ? null : byId('table-' + table);
  if (label) {
    label.classList.add('flash');
    reveal(label);
  }
}
function selectRecord(record, target) {
  clear();
  record.classList.add('selected');
  record.scrollIntoView({ block: 'nearest' });
  showPlace(mark(idsOf(target.dataset.cells), 'selected'), target.dataset.table);
}
function selectFinding(index, focus) {
  current = index;
  const finding = findings[index];
  clear();
  finding.classList.add('selected');
  const actual = mark(idsOf(finding.dataset.cells), 'actual');
  const against = mark(idsOf(finding.dataset.against), 'against');
  showPlace(focus === 'against' ? against : actual.length > 0 ? actual : against, finding.dataset.table);
  finding.scrollIntoView({ block: 'nearest' });
}
function selectCell(cell) {
  clear();
  cell.classList.add('selected');
  const list = byId('cell-records');
  const items = idsOf(cell.dataset.records).map((id) => {
    const record = byId(id);
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'go';
    link.dataset.record = id;
    link.textContent = record.closest('details').querySelector('summary').textContent + ' — ' + record.querySelector('.label').textContent;
    item.append(link);
    return item;
  });
  if (items.length === 0) items.push(Object.assign(document.createElement('li'), { textContent: 'no record links to this cell: ' + (cell.title || '(blank)') }));
  list.querySelector('ul').replaceChildren(...items);
  list.hidden = false;
}

document.addEventListener('click', (event) => {
  const target = event.target.closest('a, .cell, .finding, .record');
  if (!target) return;
  const finding = target.closest('.finding');
  if (finding) return selectFinding(findings.indexOf(finding), target.classList.contains('against') ? 'against' : 'actual');
  if (target.dataset.record) return selectRecord(byId(target.dataset.record), byId(target.dataset.record));
  if (target.classList.contains('cell')) return selectCell(target);
  const record = target.closest('.record');
  if (record) selectRecord(record, target.classList.contains('figure') ? target : record);
});

const search = byId('search');
search.addEventListener('input', () => {
  const query = search.value.trim().toLowerCase();
  const matches = (element) => query === '' || element.textContent.toLowerCase().includes(query);
  for (const record of document.querySelectorAll('.record')) record.hidden = !matches(record.querySelector('.label'));
  for (const group of document.querySelectorAll('#records details')) group.hidden = !group.querySelector('.record:not([hidden])');
  for (const finding of findings) finding.hidden = !matches(finding);
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    clear();
    current = -1;
    search.blur();
    return;
  }
  if (event.target === search || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === '/') {
    event.preventDefault();
    search.focus();
    return;
  }
  const step = event.key === 'n' || event.key === 'j' ? 1 : event.key === 'p' || event.key === 'k' ? -1 : 0;
  const visible = findings.filter((finding) => !finding.hidden);
  if (step === 0 || visible.length === 0) return;
  const at = visible.indexOf(findings[current]);
  const next = visible[at < 0 ? (step > 0 ? 0 : visible.length - 1) : (at + step + visible.length) % visible.length];
  selectFinding(findings.indexOf(next), 'actual');
});

const decode = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const unpack = (id) => new Response(new Blob([decode(byId(id).textContent)]).stream().pipeThrough(new DecompressionStream('gzip'))).blob();
const scriptUrl = (blob) => URL.createObjectURL(new Blob([blob], { type: 'text/javascript' }));

async function drawPages() {
  const data = JSON.parse(byId('pdf-data').textContent);
  const pdfjs = await import(scriptUrl(await unpack('pdfjs-library')));
  // A page opened from disk has an opaque origin and may start no worker: pdf.js then runs its worker
  // code on the page itself (its "fake worker", loaded from this URL), which draws the same pages.
  pdfjs.GlobalWorkerOptions.workerSrc = scriptUrl(await unpack('pdfjs-worker'));
  // The CMaps and font data the notice needs travel in the page (fetching files is not allowed from disk).
  class EmbeddedData {
    async fetch({ kind, filename }) {
      const store = kind === 'cMapUrl' ? data.cMaps : data.standardFonts;
      if (!store[filename]) throw new Error('not in the page: ' + filename);
      return decode(store[filename]);
    }
  }
  const notice = await pdfjs.getDocument({
    data: decode(data.pdf),
    cMapUrl: 'embedded/',
    cMapPacked: true,
    standardFontDataUrl: 'embedded/',
    BinaryDataFactory: EmbeddedData,
    useWorkerFetch: false,
    useSystemFonts: false,
    isEvalSupported: false,
    useWasm: false,
  }).promise;
  // Pages are drawn as they come near the view, one at a time: a long notice's canvases
  // all drawn at once would hold hundreds of megabytes.
  const waiting = [];
  let drawing = false;
  const drawWaiting = async () => {
    if (drawing) return;
    drawing = true;
    while (waiting.length > 0) {
      const element = waiting.shift();
      const page = await notice.getPage(Number(element.dataset.page));
      const scale = (element.clientWidth / page.getViewport({ scale: 1 }).width) * (window.devicePixelRatio || 1);
      const viewport = page.getViewport({ scale });
      const canvas = element.querySelector('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
      element.dataset.drawn = 'true';
    }
    drawing = false;
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries.filter((entry) => entry.isIntersecting)) {
        observer.unobserve(entry.target);
        waiting.push(entry.target);
      }
      drawWaiting().catch(failed);
    },
    { rootMargin: '1500px 0px' },
  );
  for (const element of document.querySelectorAll('.page')) observer.observe(element);
}

function failed(error) {
  document.body.dataset.ready = 'failed';
  console.error('the PDF pages could not be drawn:', error);
}

if (byId('pdf-data')) {
  drawPages().then(() => (document.body.dataset.ready = 'true'), failed);
} else {
  document.body.dataset.ready = 'true';
}
`;
