//! Tiny, deterministic GeoTIFFs for clip-job mosaics.
//!
//! Written by hand (little-endian, one uncompressed strip, WGS 84 geokeys) so the mock
//! needs no imaging dependency, and so the same job inputs always yield the same bytes —
//! tests can compare checksums across runs.

use sha2::{Digest, Sha256};

const SHORT: u16 = 3;
const LONG: u16 = 4;
const DOUBLE: u16 = 12;

/// Side length, in pixels, of every generated mosaic.
pub const SIDE: u32 = 16;

/// A `SIDE`×`SIDE` GeoTIFF: RGB for `visual`, one band otherwise; pixels derived from
/// `seed`, georeferenced with its top-left corner at (`lon`, `lat`).
pub fn mosaic(seed: &str, mosaic_type: &str, lon: f64, lat: f64) -> Vec<u8> {
    let bands: u16 = if mosaic_type == "visual" { 3 } else { 1 };
    let pixels = pixel_data(
        seed,
        mosaic_type,
        SIDE as usize * SIDE as usize * bands as usize,
    );

    let mut entries: Vec<(u16, u16, u32, Vec<u8>)> = Vec::new();
    let short = |v: &[u16]| v.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>();
    let long = |v: u32| v.to_le_bytes().to_vec();
    let double = |v: &[f64]| v.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>();

    let data_offset = 8u32;
    entries.push((256, LONG, 1, long(SIDE)));
    entries.push((257, LONG, 1, long(SIDE)));
    entries.push((258, SHORT, bands as u32, short(&vec![8; bands as usize])));
    entries.push((259, SHORT, 1, short(&[1])));
    entries.push((262, SHORT, 1, short(&[if bands == 3 { 2 } else { 1 }])));
    entries.push((273, LONG, 1, long(data_offset)));
    entries.push((277, SHORT, 1, short(&[bands])));
    entries.push((278, LONG, 1, long(SIDE)));
    entries.push((279, LONG, 1, long(pixels.len() as u32)));
    entries.push((284, SHORT, 1, short(&[1])));
    entries.push((339, SHORT, bands as u32, short(&vec![1; bands as usize])));
    let pixel = 0.0001;
    entries.push((33550, DOUBLE, 3, double(&[pixel, pixel, 0.0])));
    entries.push((33922, DOUBLE, 6, double(&[0.0, 0.0, 0.0, lon, lat, 0.0])));
    let geokeys: [u16; 16] = [
        1, 1, 0, 3, // header: version 1.1.0, 3 keys
        1024, 0, 1, 2, // GTModelType = geographic
        1025, 0, 1, 1, // GTRasterType = pixel is area
        2048, 0, 1, 4326, // GeographicType = WGS 84
    ];
    entries.push((34735, SHORT, geokeys.len() as u32, short(&geokeys)));

    let mut out = Vec::new();
    out.extend_from_slice(b"II");
    out.extend_from_slice(&42u16.to_le_bytes());
    let ifd_offset = data_offset + pixels.len() as u32;
    let ifd_offset = ifd_offset + (ifd_offset & 1);
    out.extend_from_slice(&ifd_offset.to_le_bytes());
    out.extend_from_slice(&pixels);
    out.resize(ifd_offset as usize, 0);

    let ifd_len = 2 + entries.len() as u32 * 12 + 4;
    let mut extra_offset = ifd_offset + ifd_len;
    let mut extra: Vec<u8> = Vec::new();
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    for (tag, ty, count, data) in &entries {
        out.extend_from_slice(&tag.to_le_bytes());
        out.extend_from_slice(&ty.to_le_bytes());
        out.extend_from_slice(&count.to_le_bytes());
        if data.len() <= 4 {
            let mut inline = data.clone();
            inline.resize(4, 0);
            out.extend_from_slice(&inline);
        } else {
            out.extend_from_slice(&extra_offset.to_le_bytes());
            extra.extend_from_slice(data);
            if extra.len() % 2 == 1 {
                extra.push(0);
            }
            extra_offset = ifd_offset + ifd_len + extra.len() as u32;
        }
    }
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&extra);
    out
}

fn pixel_data(seed: &str, mosaic_type: &str, len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len + 32);
    let mut block = Sha256::digest(format!("{seed}/{mosaic_type}").as_bytes());
    while out.len() < len {
        out.extend_from_slice(&block);
        block = Sha256::digest(block);
    }
    out.truncate(len);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u16_at(b: &[u8], o: usize) -> u16 {
        u16::from_le_bytes([b[o], b[o + 1]])
    }
    fn u32_at(b: &[u8], o: usize) -> u32 {
        u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]])
    }

    #[test]
    fn is_a_well_formed_tiff_and_deterministic() {
        let a = mosaic("area-1", "visual", 151.2, -33.8);
        assert_eq!(a, mosaic("area-1", "visual", 151.2, -33.8));
        assert_ne!(a, mosaic("area-2", "visual", 151.2, -33.8));
        assert_eq!(&a[..4], b"II*\0");
        let ifd = u32_at(&a, 4) as usize;
        let n = u16_at(&a, ifd) as usize;
        let mut tags = Vec::new();
        for i in 0..n {
            let e = ifd + 2 + i * 12;
            tags.push(u16_at(&a, e));
            let (ty, count) = (u16_at(&a, e + 2), u32_at(&a, e + 4));
            let size = match ty {
                3 => 2,
                4 => 4,
                _ => 8,
            } * count as usize;
            if size > 4 {
                assert!(
                    u32_at(&a, e + 8) as usize + size <= a.len(),
                    "tag {}",
                    tags[i]
                );
            }
        }
        let mut sorted = tags.clone();
        sorted.sort();
        assert_eq!(tags, sorted, "IFD entries must be sorted");
        assert!(tags.contains(&34735) && tags.contains(&33922));
        let strip = ifd + 2 + tags.iter().position(|&t| t == 279).unwrap() * 12;
        assert_eq!(u32_at(&a, strip + 8), SIDE * SIDE * 3);
        assert_eq!(u32_at(&a, ifd + 2 + n * 12), 0, "single IFD");
    }
}
