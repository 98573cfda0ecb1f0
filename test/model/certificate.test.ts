import { expect } from 'chai';
import { readCertificate } from '../../src/model/certificate.js';
import { A_CERTIFICATE, A_PRIVATE_KEY } from '../builders/certificate-builder.js';
import { KEY_AS_CERTIFICATE } from '../builders/secret-builder.js';

describe('readCertificate', () => {
  it('keeps the PEM certificate, whatever line ends the file was saved with', () => {
    const unix = readCertificate('certs/a.crt', A_CERTIFICATE);
    const windows = readCertificate('certs/a.crt', A_CERTIFICATE.replace(/\n/g, '\r\n'));

    expect(unix).to.deep.equal(windows);
    expect(typeof unix === 'object' && unix.pem.startsWith('-----BEGIN CERTIFICATE-----\nMII')).to.equal(true);
  });

  it('says when the file is missing', () => {
    expect(readCertificate('certs/a.crt', undefined)).to.equal('missing');
  });

  it('refuses a file that holds a private key, even beside a certificate', () => {
    expect(readCertificate('certs/a.crt', `${A_CERTIFICATE}\n${A_PRIVATE_KEY}`)).to.equal('privateKey');
  });

  it('refuses a private key’s base64 in certificate armour as a private key: a certificate must parse as X.509', () => {
    expect(readCertificate('certs/a.crt', KEY_AS_CERTIFICATE)).to.equal('privateKey');
    expect(readCertificate('certs/a.crt', A_CERTIFICATE.replace(/(-----BEGIN CERTIFICATE-----\r?\n)\S{8}/, '$1AAAAAAAA'))).to.equal('notACertificate');
  });

  it('refuses a file without a certificate', () => {
    expect(readCertificate('certs/a.crt', 'ssh-rsa AAAAB3Nza\n')).to.equal('notACertificate');
  });
});
