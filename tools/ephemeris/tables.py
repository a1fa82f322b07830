"""Binary table format (see data/ephemeris/FORMAT.md): writer and the
reference decoder that mirrors FORMAT.md step by step."""
import math
import struct

import numpy as np

MAGIC = b'JYEPHEM\x00'
VERSION = 1
HEADER_SIZE = 144
COORDS = ('lon', 'lat', 'dist')
BODY_IDS = {'Sun': 0, 'Moon': 1, 'Mercury': 2, 'Venus': 3, 'Mars': 4,
            'Jupiter': 5, 'Saturn': 6, 'Uranus': 7, 'Neptune': 8, 'Pluto': 9,
            'Nutation': 10}

# Header layout: (name, struct code), little-endian, packed; 140 bytes used,
# zero-padded to HEADER_SIZE.
HEADER_FIELDS = [
    ('magic', '8s'),
    ('version', 'H'), ('body', 'H'),
    ('ncoef_lon', 'B'), ('ncoef_lat', 'B'), ('ncoef_dist', 'B'), ('pad0', 'B'),
    ('epoch', 'd'), ('base_len', 'd'), ('tau_scale', 'd'), ('deep_len', 'd'),
    ('valid_start', 'd'), ('valid_end', 'd'),
    ('n_base', 'I'), ('n_split', 'I'), ('n_sub', 'I'),
    ('n_rec0', 'I'), ('n_rec1', 'I'), ('n_rec2', 'I'),
    ('rec_bytes0', 'I'), ('rec_bytes1', 'I'), ('rec_bytes2', 'I'),
    ('off_fields', 'I'), ('off_bitmap', 'I'), ('off_rank', 'I'),
    ('off_first_sub', 'I'), ('off_sub_start', 'I'), ('off_sub_rec', 'I'),
    ('off_rec0', 'I'), ('off_rec1', 'I'), ('off_rec2', 'I'),
    ('file_size', 'I'),
]
HEADER_FMT = '<' + ''.join(c for _, c in HEADER_FIELDS)
_HSIZE = struct.calcsize(HEADER_FMT)
assert _HSIZE <= HEADER_SIZE, _HSIZE


def _align8(n):
    return (n + 7) & ~7


# ----------------------------------------------------------------------------
# Quantisation
# ----------------------------------------------------------------------------

def deriv_bound(ncoef, f):
    """D_k = max |T_k'(x)| over |x| <= f (k^2 when f = 1)."""
    k = np.arange(ncoef)
    if f >= 1.0:
        return k ** 2.0
    th = np.linspace(np.arccos(f), np.pi - np.arccos(f), 20001)
    d = np.abs(k[:, None] * np.sin(np.outer(k, th)) / np.sin(th)[None, :])
    return d.max(axis=1)


def choose_scales(ncoef, sig_pos, sig_der, f):
    """Quantisation rule for one coordinate: returns (A, B) such that the
    quantum of coefficient k in a segment of length ``len`` days is

        s_k = min(A_k, B_k * len)

    Rounding errors e_k are independent and uniform in [-s_k/2, s_k/2].  The
    value error sum_k e_k T_k(x) has standard deviation <= sqrt(sum s_k^2/12)
    and the rate error (dx/dt = 2f/len, |T_k'(x)| <= D_k for |x| <= f)
    <= sqrt(sum D_k^2 s_k^2/12) * 2f/len.  With
    A_k = sig_pos*sqrt(12/ncoef) and B_k = sig_der/(2f)*sqrt(12/ncoef)/D_k
    (B_0 = +inf since T_0' = 0) both stay below sig_pos and sig_der.
    """
    D = deriv_bound(ncoef, f)
    A = np.full(ncoef, sig_pos * math.sqrt(12.0 / ncoef))
    with np.errstate(divide='ignore'):
        B = sig_der / (2.0 * f) * math.sqrt(12.0 / ncoef) / D
    return A, B


def quanta(A, B, seg_len):
    """s_k = min(A_k, B_k * len), exactly as the decoder computes it."""
    return np.minimum(A, B * seg_len)


def width_for(maxabs):
    """Bits of a two's-complement field holding integers in [-maxabs, maxabs]."""
    maxabs = int(maxabs)
    if maxabs == 0:
        return 0
    return maxabs.bit_length() + 1


def quantise(coefs, scales):
    """coefs (S, ncoef) float / quanta (S or 1, ncoef) -> int64 (nearest)."""
    q = np.rint(coefs / scales)
    if np.abs(q).max(initial=0) >= 2.0 ** 55:
        raise OverflowError('coefficient does not fit 56 bits')
    return q.astype(np.int64)


def pack_records(ints_list, widths):
    """Bit-pack records. ints_list: list of arrays (S, ncoef_c), one per
    coordinate; widths: list of int arrays.  Returns bytes, record size."""
    w_all = np.concatenate(widths)
    total_bits = int(w_all.sum())
    rec_bytes = (total_bits + 7) // 8
    S = ints_list[0].shape[0] if ints_list else 0
    vals = np.concatenate(ints_list, axis=1) if S else np.zeros((0, len(w_all)), np.int64)
    out = bytearray(S * rec_bytes)
    for r in range(S):
        acc = 0
        pos = 0
        for v, w in zip(vals[r].tolist(), w_all.tolist()):
            if w:
                acc |= (v & ((1 << w) - 1)) << pos
                pos += w
        out[r * rec_bytes:(r + 1) * rec_bytes] = acc.to_bytes(rec_bytes, 'little')
    return bytes(out), rec_bytes


# ----------------------------------------------------------------------------
# Writer
# ----------------------------------------------------------------------------

def build(body, epoch, base_len, tau_scale, deep_len, n_base, valid_start,
          valid_end, fitted, ncoefs, rules):
    """fitted: list over base segments 0..n_base-1 of lists of
    (start_days_from_epoch, length_days, [lon_c, lat_c, dist_c]).
    rules: per coordinate (A, B) arrays, see choose_scales.
    Record classes: 0 = whole base segment, 1 = sub-segment of a split base
    segment with length >= deep_len, 2 = shorter sub-segment.
    Returns (bytes, info dict)."""
    assert len(fitted) == n_base
    cls_coefs = [[[] for _ in range(3)] for _ in range(3)]
    cls_lens = [[], [], []]
    split_flags = np.zeros(n_base, bool)
    first_sub = [0]
    sub_start = []
    sub_rec = []
    for i, subs in enumerate(fitted):
        if len(subs) == 1:
            s0, ln, cs = subs[0]
            assert s0 == i * base_len and ln == base_len
        else:
            split_flags[i] = True
            assert subs[0][0] == i * base_len
            first_sub.append(first_sub[-1] + len(subs))
        for s0, ln, cs in subs:
            if len(subs) == 1:
                cl = 0
            else:
                cl = 2 if ln < deep_len else 1
                sub_start.append(s0)
                sub_rec.append(len(cls_lens[cl]))
            cls_lens[cl].append(ln)
            for c in range(3):
                v = np.array(cs[c][:ncoefs[c]], dtype=float)
                if c == 0 and body != 'Nutation':
                    # wrap the constant term of longitude to [-180, 180)
                    v[0] = v[0] - 360.0 * math.floor((v[0] + 180.0) / 360.0)
                cls_coefs[cl][c].append(v)
    n_split = int(split_flags.sum())
    n_sub = len(sub_start)

    def ints_widths(cl, lens):
        ints, widths = [], []
        lens = np.array(lens, float)
        for c in range(3):
            arr = np.array(cl[c]).reshape(-1, ncoefs[c])
            A, B = rules[c]
            q = quantise(arr, quanta(A[None, :], B[None, :], lens[:, None]))
            ints.append(q)
            widths.append(np.array([width_for(np.abs(q[:, k]).max(initial=0))
                                    for k in range(ncoefs[c])], int))
        return ints, widths

    packed = []
    widths = []
    for cl in range(3):
        ints, w = ints_widths(cls_coefs[cl], cls_lens[cl])
        packed.append(pack_records(ints, w))
        widths.append(w)

    # field table: for each coord, for each k (24 bytes):
    # f64 A, f64 B, u8 width class 0, u8 width class 1, u8 width class 2, 5 x 0
    fields = bytearray()
    for c in range(3):
        for k in range(ncoefs[c]):
            fields += struct.pack('<ddBBB5x', float(rules[c][0][k]),
                                  float(rules[c][1][k]), int(widths[0][c][k]),
                                  int(widths[1][c][k]), int(widths[2][c][k]))

    n_blocks = (n_base + 63) // 64
    bitmap = np.zeros(n_blocks, np.uint64)
    rank = np.zeros(n_blocks, np.uint32)
    cnt = 0
    for b in range(n_blocks):
        rank[b] = cnt
        word = 0
        for j in range(64):
            i = b * 64 + j
            if i < n_base and split_flags[i]:
                word |= 1 << j
                cnt += 1
        bitmap[b] = word

    sections = [
        ('off_fields', bytes(fields)),
        ('off_bitmap', bitmap.astype('<u8').tobytes()),
        ('off_rank', rank.astype('<u4').tobytes()),
        ('off_first_sub', np.array(first_sub, '<u4').tobytes()),
        ('off_sub_start', np.array(sub_start, '<f8').tobytes()),
        ('off_sub_rec', np.array(sub_rec, '<u4').tobytes()),
        ('off_rec0', packed[0][0]),
        ('off_rec1', packed[1][0]),
        ('off_rec2', packed[2][0]),
    ]
    hdr = dict(magic=MAGIC, version=VERSION, body=BODY_IDS[body],
               ncoef_lon=ncoefs[0], ncoef_lat=ncoefs[1], ncoef_dist=ncoefs[2],
               pad0=0, epoch=epoch, base_len=float(base_len),
               tau_scale=float(tau_scale), deep_len=float(deep_len),
               valid_start=valid_start, valid_end=valid_end,
               n_base=n_base, n_split=n_split, n_sub=n_sub,
               n_rec0=len(cls_lens[0]), n_rec1=len(cls_lens[1]),
               n_rec2=len(cls_lens[2]),
               rec_bytes0=packed[0][1], rec_bytes1=packed[1][1],
               rec_bytes2=packed[2][1])
    off = HEADER_SIZE
    body_bytes = bytearray()
    for name, blob in sections:
        hdr[name] = off
        body_bytes += blob
        pad = _align8(off + len(blob)) - (off + len(blob))
        body_bytes += bytes(pad)
        off += len(blob) + pad
    hdr['file_size'] = off + 8  # 8 zero bytes: unaligned u64 reads stay inside
    hb = struct.pack(HEADER_FMT, *[hdr[n] for n, _ in HEADER_FIELDS])
    buf = hb + bytes(HEADER_SIZE - len(hb)) + bytes(body_bytes) + bytes(8)
    assert len(buf) == hdr['file_size']
    info = dict(hdr, widths=[[w.tolist() for w in ws] for ws in widths],
                bits=[int(sum(w.sum() for w in ws)) for ws in widths])
    return buf, info


# ----------------------------------------------------------------------------
# Reference decoder (mirrors FORMAT.md; scalar, plain Python arithmetic)
# ----------------------------------------------------------------------------

class OutOfRange(ValueError):
    pass


class Table:
    def __init__(self, data):
        self.data = bytes(data)
        vals = struct.unpack_from(HEADER_FMT, self.data, 0)
        self.h = dict(zip([n for n, _ in HEADER_FIELDS], vals))
        h = self.h
        if h['magic'] != MAGIC or h['version'] != VERSION:
            raise ValueError('bad magic/version')
        if h['file_size'] != len(self.data):
            raise ValueError('bad size')
        self.ncoef = (h['ncoef_lon'], h['ncoef_lat'], h['ncoef_dist'])
        # fields[c][k] = (A, B, (width class 0, width class 1, width class 2))
        self.fields = []
        p = h['off_fields']
        for c in range(3):
            lst = []
            for k in range(self.ncoef[c]):
                A, B, w0, w1, w2 = struct.unpack_from('<ddBBB', self.data, p)
                lst.append((A, B, (w0, w1, w2)))
                p += 24
            self.fields.append(lst)

    def u32(self, off):
        return int.from_bytes(self.data[off:off + 4], 'little')

    def u64(self, off):
        return int.from_bytes(self.data[off:off + 8], 'little')

    def f64(self, off):
        return struct.unpack_from('<d', self.data, off)[0]

    def locate(self, x):
        """x = t - epoch (days).  Returns (class, record index, seg start, seg len)."""
        h = self.h
        L = h['base_len']
        i = math.floor(x / L)
        if i < 0:
            i = 0
        if i > h['n_base'] - 1:
            i = h['n_base'] - 1
        b, j = divmod(i, 64)
        word = self.u64(h['off_bitmap'] + 8 * b)
        rank = self.u32(h['off_rank'] + 4 * b) + bin(word & ((1 << j) - 1)).count('1')
        if not (word >> j) & 1:
            return 0, i - rank, i * L, L
        lo = self.u32(h['off_first_sub'] + 4 * rank)
        hi = self.u32(h['off_first_sub'] + 4 * (rank + 1))
        # last sub-segment whose start <= x (the first one starts at i*L)
        s = lo
        while s + 1 < hi and self.f64(h['off_sub_start'] + 8 * (s + 1)) <= x:
            s += 1
        start = self.f64(h['off_sub_start'] + 8 * s)
        end = self.f64(h['off_sub_start'] + 8 * (s + 1)) if s + 1 < hi else (i + 1) * L
        length = end - start
        cls = 2 if length < h['deep_len'] else 1
        return cls, self.u32(h['off_sub_rec'] + 4 * s), start, length

    def coefficients(self, cls, rec, length):
        h = self.h
        base = h['off_rec%d' % cls] + rec * h['rec_bytes%d' % cls]
        out = []
        bit = 0
        for c in range(3):
            cs = []
            for A, B, ws in self.fields[c]:
                width = ws[cls]
                scale = min(A, B * length)
                if width == 0:
                    cs.append(0.0)
                    continue
                word = self.u64(base + (bit >> 3))
                v = (word >> (bit & 7)) & ((1 << width) - 1)
                if v >> (width - 1):
                    v -= 1 << width
                cs.append(float(v) * scale)
                bit += width
            out.append(cs)
        return out

    def evaluate(self, t, t2=0.0):
        """Raw values of the three coordinates and their rates per day at TT
        Julian date t + t2 (FORMAT.md steps 1-7)."""
        h = self.h
        if not (h['valid_start'] <= t + t2 < h['valid_end']):
            raise OutOfRange(t + t2)
        x = (t - h['epoch']) + t2
        cls, rec, start, length = self.locate(x)
        f = h['tau_scale']
        tau = f * (2.0 * (x - start) / length - 1.0)
        res = []
        for cs in self.coefficients(cls, rec, length):
            v, d = clenshaw(cs, tau)
            res.append((v, d * (2.0 * f / length)))
        # raw coordinate values (FORMAT.md step 7); a body's longitude is
        # reduced to [0, 360) only after adding delta-psi (step 8)
        return (res[0][0], res[1][0], res[2][0]), (res[0][1], res[1][1], res[2][1])


def clenshaw(c, x):
    """Value and d/dx of sum_k c[k] T_k(x)."""
    b1 = b2 = 0.0
    d1 = d2 = 0.0
    for k in range(len(c) - 1, 0, -1):
        d1, d2 = 2.0 * b1 + 2.0 * x * d1 - d2, d1
        b1, b2 = c[k] + 2.0 * x * b1 - b2, b1
    return c[0] + x * b1 - b2, b1 + x * d1 - d2
