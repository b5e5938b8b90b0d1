/**
 * The production manifest: manifest.xml (the development one, every URL on https://localhost:3000) with the
 * add-in's real address set at build time. Used by webpack.config.js (`--env url=https://...` or SAKIP_URL)
 * and by test/manifest.test.ts.
 */
const DEV = 'https://localhost:3000';

/** A base URL the manifest may point at: https, no query or fragment, no trailing slash. */
function urlDasar(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`URL add-in tidak sah: "${url}" (contoh: https://addin.pemda.go.id/sakip)`);
  }
  if (u.protocol !== 'https:')
    throw new Error(`URL add-in harus https: "${url}" (Office hanya memuat add-in lewat HTTPS)`);
  if (u.search || u.hash) throw new Error(`URL add-in tidak boleh berisi ? atau #: "${url}"`);
  if (/localhost|127\.0\.0\.1/.test(u.hostname)) throw new Error(`URL produksi tidak boleh localhost: "${url}"`);
  return u.href.replace(/\/+$/, '');
}

/**
 * @param {string} xml manifest.xml
 * @param {{ url: string, dukungan?: string }} opsi the base URL; the support page (default <url>/bantuan.html)
 */
function manifestProduksi(xml, opsi) {
  const dasar = urlDasar(opsi.url);
  const asal = new URL(dasar).origin;
  const dukungan = opsi.dukungan ? new URL(opsi.dukungan).href : `${dasar}/bantuan.html`;
  let out = xml
    .replace(/<SupportUrl DefaultValue="[^"]*"\/>/, `<SupportUrl DefaultValue="${dukungan}"/>`)
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/, `<AppDomain>${asal}</AppDomain>`)
    .split(DEV)
    .join(dasar);
  if (out.includes('localhost')) throw new Error('manifest produksi masih menyebut localhost');
  return out;
}

module.exports = { manifestProduksi, urlDasar, DEV };
