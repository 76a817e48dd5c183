import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFDict, PDFArray, PDFRef } from 'pdf-lib';
const doc = await PDFDocument.load(readFileSync('dist/pdf/whole-plan.pdf'));
const cat = doc.catalog;
console.log('catalog keys', cat.keys().map(String));
const names = cat.lookup(PDFName.of('Names'));
console.log('Names', names instanceof PDFDict ? names.keys().map(String) : names);
const dests = cat.lookup(PDFName.of('Dests'));
console.log('Dests', dests instanceof PDFDict ? dests.keys().slice(0, 5).map(String) : dests);
const page1 = doc.getPage(1);
const annots = page1.node.lookup(PDFName.of('Annots'));
if (annots instanceof PDFArray) for (let i = 0; i < Math.min(annots.size(), 3); i++) { const a = annots.lookup(i); console.log(String(a)); }
