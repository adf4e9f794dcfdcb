# Independent reference values for SharedDataConformanceTests, decoded with nothing but the
# Python standard library (struct). Produced with Python 3.11.7 from ../shared/data:
#   cd shared/data && python3 reference_values.py $(find . -name "*.rsp*" -o -name "*.rmf" | sort)   # MATRIX sums
#   cd shared/data && python3 reference_values.py                                                    # extra sums
import sys, struct, math
def hdus(path):
    d=open(path,'rb').read(); pos=0; out=[]
    while pos < len(d):
        cards=[]; start=pos
        while True:
            blk=d[pos:pos+2880]; pos+=2880; done=False
            for i in range(36):
                c=blk[i*80:(i+1)*80].decode('ascii')
                if c.startswith('END     '): done=True; break
                cards.append(c)
            if done: break
        kv={}
        for c in cards:
            if c[8:10]=='= ':
                v=c[10:]
                if v.strip().startswith("'"):
                    v=v.strip()[1:]; v=v[:v.index("'")].rstrip()
                else: v=v.split('/')[0].strip()
                kv.setdefault(c[:8].strip(),v)
        n=int(kv['NAXIS']); size=1
        for i in range(1,n+1): size*=int(kv['NAXIS%d'%i])
        if n==0: size=0
        size=abs(int(kv['BITPIX']))//8*(size+int(kv.get('PCOUNT',0)))
        out.append((kv,d[pos:pos+size]))
        pos+=(size+2879)//2880*2880
    return out
for f in sys.argv[1:]:
    hs=hdus(f)
    print(f, len(hs), [h[0].get('EXTNAME') for h in hs])
    for kv,data in hs:
        if kv.get('XTENSION')!='BINTABLE': continue
        nf=int(kv['TFIELDS']); names=[kv.get('TTYPE%d'%i) for i in range(1,nf+1)]
        forms=[kv['TFORM%d'%i] for i in range(1,nf+1)]
        print('  ',kv.get('EXTNAME'),'rows',kv['NAXIS2'],list(zip(names,forms)))
        # sum of MATRIX via row decode
        if 'MATRIX' in names:
            i=names.index('MATRIX'); w=int(kv['NAXIS1']); rows=int(kv['NAXIS2'])
            off=0
            sizes={'E':4,'D':8,'I':2,'J':4,'A':1,'K':8}
            for k in range(i):
                fm=forms[k]; 
                if 'P' in fm: off+=8; continue
                rep=''.join(ch for ch in fm if ch.isdigit()) or '1'
                off+=int(rep)*sizes[fm.strip(''.join(ch for ch in fm if ch.isdigit()))[0]]
            fm=forms[i]; tot=0.0; cnt=0
            for r in range(rows):
                cell=data[r*w+off:]
                if 'P' in fm:
                    n,o=struct.unpack('>ii',cell[:8])
                    t=fm[fm.index('P')+1]
                    heap=data[w*rows+o:]
                    vals=struct.unpack('>%d%s'%(n,'f' if t=='E' else 'd'),heap[:n*sizes[t]])
                else:
                    rep=int(''.join(ch for ch in fm if ch.isdigit())); t=fm[-1]
                    vals=struct.unpack('>%d%s'%(rep,'f' if t=='E' else 'd'),cell[:rep*sizes[t]])
                tot+=sum(vals); cnt+=len(vals)
            print('   MATRIX sum %.17g count %d'%(tot,cnt))

# Extra reference values: a scalar column sum and a primary image sum.
def column_sum(path, extname, column):
    for kv, data in hdus(path):
        if kv.get('EXTNAME') != extname: continue
        nf=int(kv['TFIELDS']); names=[kv.get('TTYPE%d'%i) for i in range(1,nf+1)]
        forms=[kv['TFORM%d'%i].strip() for i in range(1,nf+1)]
        sizes={'E':('f',4),'D':('d',8),'I':('h',2),'J':('i',4),'K':('q',8)}
        off=0
        for k in range(names.index(column)): off+=sizes[forms[k][-1]][1]*int(forms[k][:-1] or 1)
        code,size=sizes[forms[names.index(column)][-1]]; w=int(kv['NAXIS1'])
        return sum(struct.unpack('>'+code, data[r*w+off:r*w+off+size])[0] for r in range(int(kv['NAXIS2'])))
def image_sum(path):
    kv,data=hdus(path)[0]
    return sum(struct.unpack('>%df'%(len(data)//4), data))
if len(sys.argv) == 1:
    print('%.17g' % column_sum('ogip/ogip_powerlaw.pha','SPECTRUM','COUNTS'))
    print('%.17g' % column_sum('ogip/ogip_test_xmm_pn.arf','SPECRESP','SPECRESP'))
    print('%.17g' % image_sum('ogip/xrt/xrt_src.pha'))
