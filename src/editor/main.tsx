/**
 * Entry of the editor page (edit.html). Nothing here is imported by the reader's pages: the
 * editor, its catalogs, the country names, IndexedDB and the importer load only on this page.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startEditor } from './startEditor';
import { EditorPage } from './ui/EditorPage';
import '../styles/editor.css';

const root = document.getElementById('editor-root')!;
void startEditor().then((app) => {
  root.replaceChildren();
  createRoot(root).render(
    <StrictMode>
      <EditorPage app={app} />
    </StrictMode>,
  );
});
