/**
 * Office Open XML packages (ECMA-376 / ISO 29500) with the minimal parts each application needs:
 * [Content_Types].xml first, the package relationships, the main part and what it references.
 * DOCX: document. XLSX: workbook + one sheet with inline strings. PPTX: presentation, one slide,
 * its layout, the slide master and a theme.
 */
import { buildZip, type ZipEntry } from './zip.ts';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OR = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const P = 'http://schemas.openxmlformats.org/presentationml/2006/main';
const xmlEsc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function contentTypes(overrides: Record<string, string>): ZipEntry {
  const o = Object.entries(overrides).map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('');
  return { name: '[Content_Types].xml', data: `${XML}<Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${o}</Types>` };
}
function rels(name: string, list: readonly [id: string, type: string, target: string][]): ZipEntry {
  return { name, data: `${XML}<Relationships xmlns="${PR}">${list.map(([id, t, target]) => `<Relationship Id="${id}" Type="${OR}/${t}" Target="${target}"/>`).join('')}</Relationships>` };
}

export function buildDocx(paragraphs: readonly string[] = ['oaic test document', 'The quokka lives on Rottnest Island.']): Uint8Array {
  const body = paragraphs.map((t) => `<w:p><w:r><w:t xml:space="preserve">${xmlEsc(t)}</w:t></w:r></w:p>`).join('');
  return buildZip([
    contentTypes({ '/word/document.xml': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml' }),
    rels('_rels/.rels', [['rId1', 'officeDocument', 'word/document.xml']]),
    { name: 'word/document.xml', data: `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>` },
  ]);
}

export function buildXlsx(rows: readonly (readonly (string | number)[])[] = [['animal', 'legs'], ['quokka', 4], ['wombat', 4]]): Uint8Array {
  const col = (i: number) => String.fromCharCode(65 + i);
  const sheetRows = rows
    .map((r, ri) => `<row r="${ri + 1}">${r.map((v, ci) => (typeof v === 'number' ? `<c r="${col(ci)}${ri + 1}"><v>${v}</v></c>` : `<c r="${col(ci)}${ri + 1}" t="inlineStr"><is><t>${xmlEsc(v)}</t></is></c>`)).join('')}</row>`)
    .join('');
  const S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  return buildZip([
    contentTypes({
      '/xl/workbook.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      '/xl/worksheets/sheet1.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
    }),
    rels('_rels/.rels', [['rId1', 'officeDocument', 'xl/workbook.xml']]),
    { name: 'xl/workbook.xml', data: `${XML}<workbook xmlns="${S}" xmlns:r="${OR}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    rels('xl/_rels/workbook.xml.rels', [['rId1', 'worksheet', 'worksheets/sheet1.xml']]),
    { name: 'xl/worksheets/sheet1.xml', data: `${XML}<worksheet xmlns="${S}"><sheetData>${sheetRows}</sheetData></worksheet>` },
  ]);
}

const THEME = `${XML}<a:theme xmlns:a="${A}" name="oaic"><a:themeElements><a:clrScheme name="oaic"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F1F1F"/></a:dk2><a:lt2><a:srgbClr val="EEEEEE"/></a:lt2>${['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'].map((c, i) => `<a:accent${i + 1}><a:srgbClr val="${c}"/></a:accent${i + 1}>`).join('')}<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="oaic"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="oaic"><a:fillStyleLst>${'<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'.repeat(3)}</a:fillStyleLst><a:lnStyleLst>${'<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'.repeat(3)}</a:lnStyleLst><a:effectStyleLst>${'<a:effectStyle><a:effectLst/></a:effectStyle>'.repeat(3)}</a:effectStyleLst><a:bgFillStyleLst>${'<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'.repeat(3)}</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`;

const emptyTree = '<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>';

export function buildPptx(title = 'The quokka, a test presentation'): Uint8Array {
  const ns = `xmlns:a="${A}" xmlns:r="${OR}" xmlns:p="${P}"`;
  const pml = 'application/vnd.openxmlformats-officedocument.presentationml';
  const textBox = `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="838200" y="365125"/><a:ext cx="10515600" cy="1325563"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US"/><a:t>${xmlEsc(title)}</a:t></a:r></a:p></p:txBody></p:sp>`;
  return buildZip([
    contentTypes({
      '/ppt/presentation.xml': `${pml}.presentation.main+xml`,
      '/ppt/slides/slide1.xml': `${pml}.slide+xml`,
      '/ppt/slideLayouts/slideLayout1.xml': `${pml}.slideLayout+xml`,
      '/ppt/slideMasters/slideMaster1.xml': `${pml}.slideMaster+xml`,
      '/ppt/theme/theme1.xml': 'application/vnd.openxmlformats-officedocument.theme+xml',
    }),
    rels('_rels/.rels', [['rId1', 'officeDocument', 'ppt/presentation.xml']]),
    { name: 'ppt/presentation.xml', data: `${XML}<p:presentation ${ns}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst><p:sldId id="256" r:id="rId2"/></p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>` },
    rels('ppt/_rels/presentation.xml.rels', [['rId1', 'slideMaster', 'slideMasters/slideMaster1.xml'], ['rId2', 'slide', 'slides/slide1.xml'], ['rId3', 'theme', 'theme/theme1.xml']]),
    { name: 'ppt/slides/slide1.xml', data: `${XML}<p:sld ${ns}>${emptyTree}${textBox}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>` },
    rels('ppt/slides/_rels/slide1.xml.rels', [['rId1', 'slideLayout', '../slideLayouts/slideLayout1.xml']]),
    { name: 'ppt/slideLayouts/slideLayout1.xml', data: `${XML}<p:sldLayout ${ns} type="blank">${emptyTree}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>` },
    rels('ppt/slideLayouts/_rels/slideLayout1.xml.rels', [['rId1', 'slideMaster', '../slideMasters/slideMaster1.xml']]),
    { name: 'ppt/slideMasters/slideMaster1.xml', data: `${XML}<p:sldMaster ${ns}>${emptyTree}</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>` },
    rels('ppt/slideMasters/_rels/slideMaster1.xml.rels', [['rId1', 'slideLayout', '../slideLayouts/slideLayout1.xml'], ['rId2', 'theme', '../theme/theme1.xml']]),
    { name: 'ppt/theme/theme1.xml', data: THEME },
  ]);
}
