// The text of a policy file the school chooses on the options page: plain text as it is, a
// Word file through mammoth, a PDF through pdf.js. The two libraries are large (about 0.5 MB
// and 1.5 MB with its worker), so each is loaded only when such a file is chosen, only by
// the options page (test/release/bundle-budget.ts keeps them out of everything else).
import { decodeBytes } from '../lib/class-list/decode';
import type { PolicyPreviewResult } from '../lib/policy/preview';

/** The parser and its doubts, loaded when a policy is first previewed (not with the page). */
export async function previewPolicyText(text: string): Promise<PolicyPreviewResult> {
  const { previewPolicy } = await import('../lib/policy/preview');
  return previewPolicy(text);
}

export class PolicyFileError extends Error {}

export async function policyTextFromFile(name: string, bytes: ArrayBuffer): Promise<string> {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  switch (extension) {
    case 'txt':
    case 'text':
    case 'md':
      return decodeBytes(new Uint8Array(bytes)).text;
    case 'docx': {
      const { docxText } = await import('./policy-file/docx');
      return docxText(bytes);
    }
    case 'pdf': {
      const { pdfText } = await import('./policy-file/pdf');
      return pdfText(bytes);
    }
    case 'doc':
      throw new PolicyFileError(
        'This is an older Word file (.doc). Open it in Word and save it as .docx, or as PDF.',
      );
    default:
      throw new PolicyFileError('Choose the policy as a .txt, .docx or .pdf file.');
  }
}
