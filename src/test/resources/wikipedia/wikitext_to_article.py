#!/usr/bin/env python3
"""Turns the prose of chosen sections of a Wikipedia article's wikitext into Annals' plain-text article
form: '= Title =', '== Heading ==', one paragraph per line. References, templates, files, tables and
markup go; link texts stay. Usage: wikitext_to_article.py TITLE 'Section,Other section' < in.txt > out.txt
"""
import re
import sys


def strip_templates(text):
    out, depth, i = [], 0, 0
    while i < len(text):
        if text.startswith('{{', i) or text.startswith('{|', i):
            depth += 1
            i += 2
        elif depth and (text.startswith('}}', i) or text.startswith('|}', i)):
            depth -= 1
            i += 2
        else:
            if not depth:
                out.append(text[i])
            i += 1
    return ''.join(out)


def plain(text):
    text = re.sub(r'<!--.*?-->', '', text, flags=re.S)
    text = re.sub(r'<ref[^>]*/>', '', text)
    text = re.sub(r'<ref[^>]*>.*?</ref>', '', text, flags=re.S)
    text = strip_templates(text)
    text = re.sub(r'\[\[(?:File|Image):[^\[\]]*(?:\[\[[^\]]*\]\][^\[\]]*)*\]\]', '', text)
    text = re.sub(r'\[\[[^\]|]*\|([^\]]*)\]\]', r'\1', text)
    text = re.sub(r'\[\[([^\]]*)\]\]', r'\1', text)
    text = re.sub(r'\[https?://\S+ ([^\]]*)\]', r'\1', text)
    text = re.sub(r"'{2,}", '', text)
    text = re.sub(r'<[^>]+>', '', text)
    text = text.replace('&nbsp;', ' ')
    return text


def main():
    title, wanted = sys.argv[1], [s.strip() for s in sys.argv[2].split(',')]
    lines = plain(sys.stdin.read()).split('\n')
    out, keep, level = ['= %s =' % title, ''], False, 0
    for line in lines:
        heading = re.match(r'^(={2,})\s*(.*?)\s*=+\s*$', line)
        if heading:
            depth = len(heading.group(1))
            if heading.group(2) in wanted:
                keep, level = True, depth
            elif depth <= level:
                keep = False
            if keep:
                marks = '=' * (depth - level + 2)  # the first section kept is a top-level section
                out.append('%s %s %s' % (marks, heading.group(2), marks))
            continue
        text = re.sub(r'\s+', ' ', line).strip()
        if keep and text and not text.startswith(('*', '#', ':', ';', '|', '!')):
            out.append(text)
            out.append('')
    sys.stdout.write('\n'.join(out).rstrip('\n') + '\n')


if __name__ == '__main__':
    main()
