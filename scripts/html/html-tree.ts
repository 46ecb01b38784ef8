/**
 * Built pages read and written as trees (parse5, the HTML standard's parser and serializer), not
 * as text: the prerender fills each page (scripts/prerender/), the security plugin reads what a
 * page holds and writes its policy in (scripts/security/), the desk's build does the same.
 */
import {
  defaultTreeAdapter as tree,
  html,
  parse,
  parseFragment,
  serialize,
  serializeOuter,
  type DefaultTreeAdapterMap,
} from 'parse5';

export type HtmlDocument = DefaultTreeAdapterMap['document'];
export type HtmlElement = DefaultTreeAdapterMap['element'];
export type HtmlNode = DefaultTreeAdapterMap['childNode'];
type HtmlParent = DefaultTreeAdapterMap['parentNode'];

export const parseHtml = (html: string): HtmlDocument => parse(html);
export const serializeHtml = (document: HtmlDocument): string => serialize(document);

/** Markup as nodes, as it would be read inside `context` (a `<div>` by default). */
export function parseNodes(markup: string, context?: HtmlElement): HtmlNode[] {
  return parseFragment(context ?? tree.createElement('div', html.NS.HTML, []), markup, {})
    .childNodes;
}

/** Every element under `node`, in document order. */
export function* elementsIn(node: HtmlParent): Generator<HtmlElement> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elementsIn(child);
  }
}

/** The elements under `node` with this tag name (lower case). */
export const elementsNamed = (node: HtmlParent, tag: string): HtmlElement[] =>
  [...elementsIn(node)].filter((element) => element.tagName === tag);

/** The first element under `node` with this tag name, or a failure naming what is missing. */
export function theElement(
  node: HtmlParent,
  tag: string,
  test: (element: HtmlElement) => boolean = () => true,
): HtmlElement {
  const found = elementsNamed(node, tag).find(test);
  if (!found) throw new Error(`The page has no <${tag}> where one is expected`);
  return found;
}

export function attributeOf(element: HtmlElement, name: string): string | null {
  return element.attrs.find((attribute) => attribute.name === name)?.value ?? null;
}

export function setAttribute(element: HtmlElement, name: string, value: string): void {
  const present = element.attrs.find((attribute) => attribute.name === name);
  if (present) present.value = value;
  else element.attrs.push({ name, value });
}

export function removeAttribute(element: HtmlElement, name: string): void {
  element.attrs = element.attrs.filter((attribute) => attribute.name !== name);
}

/** The element's text, as the browser reads a `<script>`'s or a `<style>`'s (and hashes it). */
export function textOf(element: HtmlElement): string {
  return element.childNodes.map((node) => ('value' in node ? node.value : '')).join('');
}

/** The element's children replaced by `nodes`. */
export function replaceChildren(element: HtmlElement, nodes: readonly HtmlNode[]): void {
  for (const child of [...element.childNodes]) tree.detachNode(child);
  for (const node of nodes) tree.appendChild(element, node);
}

export function appendNodes(parent: HtmlElement, nodes: readonly HtmlNode[]): void {
  for (const node of nodes) tree.appendChild(parent, node);
}

/** `nodes` put right after `element`. */
export function insertAfter(element: HtmlElement, nodes: readonly HtmlNode[]): void {
  const parent = element.parentNode!;
  const next = parent.childNodes[parent.childNodes.indexOf(element) + 1];
  for (const node of nodes)
    if (next) tree.insertBefore(parent, node, next);
    else tree.appendChild(parent, node);
}

export function removeNode(node: HtmlNode): void {
  tree.detachNode(node);
}

/** The element's start tag as written (`<script type="module">`), to name it in a message. */
export function startTag(element: HtmlElement): string {
  const outer = serializeOuter(element);
  return outer.slice(0, outer.indexOf('>') + 1);
}

/** The element's text set to `text` (its children replaced). */
export function setText(element: HtmlElement, text: string): void {
  replaceChildren(element, []);
  tree.insertText(element, text);
}

/** Nodes as markup, as they would be written inside an element (the nodes stay where they are). */
export function serializeNodes(nodes: readonly HtmlNode[]): string {
  const holder = tree.createElement('div', html.NS.HTML, []);
  holder.childNodes = [...nodes];
  return serialize(holder);
}
