/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { qrEncode, qrPath, type QrMatrix } from './qr.js';

/**
 * Reference symbols made by another encoder (python-qrcode 7.4, byte mode, level M, the mask
 * fixed), each row a hexadecimal number of its modules (dark = 1, leftmost first); all three
 * were decoded back to their text by a barcode reader (zbar). Versions 4, 8 (version
 * information, several blocks) and 10 (16-bit count, short and long blocks).
 */
const REFERENCES: { text: string; mask: number; version: number; rows: string[] }[] = [
  {
    text: 'https://school.example/verify?certificate=CK-2026-0A1B2C3D',
    mask: 2,
    version: 4,
    rows: [
      '1fc1c727f',
      '1049f4c41',
      '175ea1e5d',
      '17525335d',
      '175da675d',
      '105ef1c41',
      '1fd55557f',
      '1460b00',
      '17c9fc37c',
      '152917a6f',
      '95b2c016',
      '141854a9d',
      '15fe2c3b8',
      '1d37f94cf',
      '3c7084d6',
      '7bc90bec',
      '13e5495b1',
      '181c93aef',
      'fe5fd9b6',
      '1152593e',
      '56a433ba',
      '1cbfa6c41',
      '13c369c0e',
      '133275cfd',
      '11c06a7f1',
      '1e57d15',
      '1fcbad356',
      '105bc0b1f',
      '175d6c1f8',
      '175e7269f',
      '175730960',
      '104183a9c',
      '1fd4385a2',
    ],
  },
  {
    text: `https://coursekit.test/certificate-verify.html?certificate=CK-${'0123456789ABCDEF'.repeat(5)}&lang=fr`,
    mask: 6,
    version: 8,
    rows: [
      '1fddae5e5c17f',
      '105e47da6d741',
      '17502f4cd9b5d',
      '17493bbd5fa5d',
      '175c95fec085d',
      '104682448bc41',
      '1fd555555557f',
      '47bc774f00',
      '13f8ad7f87797',
      'ac25ccfcffc',
      'df6d082ed2c1',
      '129e84f0febbd',
      'ef167d11d0be',
      'b2304ac4ac6a',
      '86f7f15ac627',
      '1112de616efe5',
      'df32e7c5bff6',
      '1aa370eb46b4c',
      '10d935dde3caf',
      '149ee38789749',
      '1cd25abfaf2a3',
      '14b3bf2ef4f6d',
      '1f114fc9f9fd',
      '191a9446b6b1f',
      '115a5ad731751',
      'f1f5d465b518',
      '17f7977f087fb',
      '1712b712ec094',
      '1c6855ecf17e7',
      '1b1f5c14ed34e',
      '4f52971d279',
      '153a97984a660',
      '1ee1899125e93',
      '13053135e749e',
      '1d4f8164f7bfb',
      '11bb947efb38c',
      '1f6df8f39b23',
      '1c037555fb5d5',
      '8c0d471215f7',
      'e3a15f684626',
      '1c74e6fe713ff',
      '144645cfb14',
      '1fd0cd571115d',
      '10512447e8b13',
      '175e557dcb1f3',
      '1751374b56def',
      '17403c14374f6',
      '104a3619fc0c7',
      '1fdfc4e93bf31',
    ],
  },
  {
    text: 'u'.repeat(210),
    mask: 1,
    version: 10,
    rows: [
      '1fdd03155555e7f',
      '104347aeeeeea41',
      '1751ed544444e5d',
      '1744f5baaaaaa5d',
      '174a0d1fd55525d',
      '1052cc2c6eeec41',
      '1fd55555555557f',
      'ed5ac7bbba00',
      '1469c2c7d555425',
      '6a5aaaaaaaaaab',
      '67d43151111115',
      '43f856bbbbbaba',
      'c6992315555451',
      '252a3aaaaaaab',
      '2f5c3651111115',
      '433853bbbbbab9',
      'f65b3415555453',
      '529f86aaaaaaab',
      '3f9fa551111115',
      '4bb89abbbbbaba',
      'efbb4815555451',
      '5a6fd6aaaaaaab',
      'a42f9551111115',
      '1c9488abbbbbaba',
      'ee0bd815555451',
      '5b1fc6aaaaaaab',
      '1bf23c5fd1111f5',
      '1d160dac7bbb91a',
      'd50bd8d5555551',
      '910e86c6aaa91b',
      '9f2dcd7d1111f5',
      '1a67d66fbbbbea',
      '1401db85555641',
      'f208846aaaa9aa',
      'a566c115111254',
      '1aabde6fbbbbe8',
      '540bd085555643',
      'fa4d866aaaa9ab',
      'dd26bd15111255',
      '226a5e6fbbbbea',
      '549bac85555641',
      'ea6de26aaaa9ab',
      '1dd867d15111255',
      'a21a0e6fbbbbea',
      '570b6c85555641',
      '6afda26aaaa9ab',
      '14d96cd15111255',
      '1f02a9e6fbbbbea',
      '4106c7d5557f1',
      '1fa6246aaab1b',
      '1fd9bc955111355',
      '1041e9e47bbbb1a',
      '17417687d5557f1',
      '174f862faaaabb8',
      '17598c555111157',
      '104989aabbbbaa8',
      '1fd924451555511',
    ],
  },
];

const toHex = (matrix: QrMatrix) => matrix.map((row) => BigInt(`0b${row.map((dark) => (dark ? 1 : 0)).join('')}`).toString(16));

describe('qrEncode', () => {
  for (const reference of REFERENCES) {
    it(`matches the reference symbol of version ${reference.version}, mask ${reference.mask}`, () => {
      const matrix = qrEncode(reference.text, reference.mask);
      expect(matrix.length).to.equal(reference.version * 4 + 17);
      expect(toHex(matrix)).to.deep.equal(reference.rows);
    });

    it(`picks one of the eight masks of the version ${reference.version} symbol by penalty`, () => {
      const chosen = toHex(qrEncode(reference.text)).join();
      const candidates = [0, 1, 2, 3, 4, 5, 6, 7].map((mask) => toHex(qrEncode(reference.text, mask)).join());
      expect(candidates.includes(chosen)).to.be.true;
    });
  }

  it('encodes UTF-8 text and grows the version with the text', () => {
    expect(qrEncode('A').length).to.equal(21);
    expect(qrEncode('é'.repeat(20)).length).to.equal(29); // 40 bytes: version 3
    expect(qrEncode('x'.repeat(213)).length).to.equal(57);
  });

  it('refuses a text longer than version 10 holds', () => {
    expect(() => qrEncode('x'.repeat(214))).to.throw(RangeError);
  });
});

describe('qrPath', () => {
  it('draws one rectangle per run of dark modules, inside the quiet zone', () => {
    expect(qrPath([[true, true, false, true]], 4)).to.equal('M4 4h2v1h-2zM7 4h1v1h-1z');
    const path = qrPath(qrEncode('A'));
    // The top finder pattern's first row: seven dark modules from (4, 4).
    expect(path.startsWith('M4 4h7v1h-7z')).to.be.true;
  });
});
