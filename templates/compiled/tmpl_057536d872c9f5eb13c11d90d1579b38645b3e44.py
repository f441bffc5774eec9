from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'hld-lld.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    l_0_link = resolve('link')
    l_0_ranked = resolve('ranked')
    l_0_diagrams = resolve('diagrams')
    l_0_sdd = l_0_standing = l_0_others = l_0_performance = l_0_caches = missing
    try:
        t_1 = environment.filters['cell']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'cell' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_5 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_6 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_7 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_8 = environment.filters['unique']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'unique' found.")
    pass
    l_0_sdd = context.vars['sdd'] = environment.get_template('_sdd.md.j2', 'hld-lld.md.j2').make_module(context.get_all(), True, {'caches': l_0_caches, 'others': l_0_others, 'performance': l_0_performance, 'ranked': l_0_ranked, 'sdd': l_0_sdd, 'standing': l_0_standing})
    context.exported_vars.discard('sdd')
    yield '---\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'properties')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'sources')))
    yield '\n---\n\n# '
    yield str(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'system'), 'name'))
    yield ' — System design (HLD and LLD)\n\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'generated_notice')))
    yield '\n\n## 1. Executive summary\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'description'):
        pass
        yield str(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'description'))
        yield ' ('
        yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'system')))
        yield str((', its first paragraph' if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'described_in_text') else cond_expr_undefined("the inline if-expression on line 17 in 'hld-lld.md.j2' evaluated to false and no else section was defined.")))
        yield ')\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_description')))
        yield '\n'
    l_0_standing = t_4(context.eval_ctx, t_7(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions'), 'in_force'))
    context.vars['standing'] = l_0_standing
    context.exported_vars.add('standing')
    yield '\nThe design has '
    yield str(t_3(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components')))
    yield ' components and '
    yield str(t_3(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions')))
    yield ' recorded decisions ('
    yield str(t_3((undefined(name='standing') if l_0_standing is missing else l_0_standing)))
    yield ' in force, '
    yield str(t_3(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'proposed')))
    yield ' proposed).\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'context')))
    yield '\n\n## 2. Requirements analysis summary\n\n### Key requirements identified\n'
    l_0_others = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs_except'), 'latency_p50_ms', 'latency_p95_ms', 'latency_p99_ms', 'throughput_rps', 'users', 'availability', 'rpo_minutes', 'rto_minutes')
    context.vars['others'] = l_0_others
    context.exported_vars.add('others')
    if (undefined(name='others') if l_0_others is missing else l_0_others):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'nfr_table'), (undefined(name='others') if l_0_others is missing else l_0_others)))
        yield '\n'
    if (not environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_nfr')))
        yield '\n'
    elif (t_3((undefined(name='others') if l_0_others is missing else l_0_others)) < t_3(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs'))):
        pass
        yield 'Performance and recovery targets are under [[#Performance targets]] and [[#Operational considerations]].\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'requirements', 'Requirements'))
    yield '\n\n**Compliance**\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'compliance')))
    yield '\n\n### Technical scope\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'technologies'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'tech_list'), environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'technologies')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_technologies')))
        yield '\n'
    yield '\n### Complexity assessment\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        pass
        yield 'Measured by the links into and out of each component (derived from the links).\n'
        l_0_ranked = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'coupling'))
        context.vars['ranked'] = l_0_ranked
        context.exported_vars.add('ranked')
        l_1_loop = missing
        for (l_1_level, l_1_title), l_1_loop in LoopContext([('high', 'High (5 links or more)'), ('medium', 'Medium (3 or 4 links)'), ('low', 'Low (2 links or fewer)')], undefined):
            l_1_members = resolve('members')
            _loop_vars = {}
            pass
            if (l_1_level == 'high'):
                pass
                l_1_members = t_4(context.eval_ctx, t_7(context, (undefined(name='ranked') if l_0_ranked is missing else l_0_ranked), '1', 'ge', 5))
                _loop_vars['members'] = l_1_members
            elif (l_1_level == 'medium'):
                pass
                l_1_members = t_4(context.eval_ctx, t_7(context, t_7(context, (undefined(name='ranked') if l_0_ranked is missing else l_0_ranked), '1', 'ge', 3), '1', 'le', 4))
                _loop_vars['members'] = l_1_members
            else:
                pass
                l_1_members = t_4(context.eval_ctx, t_7(context, (undefined(name='ranked') if l_0_ranked is missing else l_0_ranked), '1', 'le', 2))
                _loop_vars['members'] = l_1_members
            yield '- **'
            yield str(l_1_title)
            yield '**: '
            l_2_loop = missing
            t_9 = 1
            for (l_2_component, l_2_count), l_2_loop in LoopContext((undefined(name='members') if l_1_members is missing else l_1_members), undefined):
                _loop_vars = {}
                pass
                yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_component, 'ref'), _loop_vars=_loop_vars))
                yield ' ('
                yield str(l_2_count)
                yield ')'
                yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 56 in 'hld-lld.md.j2' evaluated to false and no else section was defined.")))
                t_9 = 0
            l_2_loop = l_2_component = l_2_count = missing
            if t_9:
                pass
                yield 'none'
            yield '\n'
        l_1_loop = l_1_level = l_1_title = l_1_members = missing
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n## 3. High-level design (HLD)\n\n### Component architecture overview\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'containers'), context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components'))))
    yield '\n\n### Data flow architecture\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'components'), context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'gap'), 'data flow', 'No link of this system says more than that one component depends on another: add `publishes:`, `consumes:`, `reads:`, `writes:` or `calls:` to the component notes, or `protocol:` and `data:` to a link.')))
    yield '\n\n### Integration points\n'
    if (environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'externals') or environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'neighbours')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'context')))
        yield '\n\n'
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'externals'), undefined):
            _loop_vars = {}
            pass
            yield '- **'
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars))
            yield '** (external component)\n    - **Mechanism**: '
            def t_10(fiter):
                for l_2_f in fiter:
                    if (environment.getattr(l_2_f, 'target') == environment.getattr(l_1_c, 'ref')):
                        yield l_2_f
            l_2_loop = missing
            t_11 = 1
            for l_2_f, l_2_loop in LoopContext(t_10(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'flows')), undefined):
                _loop_vars = {}
                pass
                yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_f, 'source'), _loop_vars=_loop_vars))
                yield ' '
                yield str(environment.getattr(l_2_f, 'verb'))
                yield ' it'
                if environment.getattr(l_2_f, 'protocol'):
                    pass
                    yield ' over '
                    yield str(environment.getattr(l_2_f, 'protocol'))
                yield str(('; ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 77 in 'hld-lld.md.j2' evaluated to false and no else section was defined.")))
                t_11 = 0
            l_2_loop = l_2_f = missing
            if t_11:
                pass
                yield 'not stated'
            yield '\n    - **Data**: '
            yield str((t_2(context.eval_ctx, t_8(environment, t_6(context, t_5(context, t_7(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'flows'), 'target', 'equalto', environment.getattr(l_1_c, 'ref')), attribute='data'))), ', ') or 'not stated'))
            yield '\n'
        l_1_loop = l_1_c = missing
        l_1_loop = missing
        for l_1_n, l_1_loop in LoopContext(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'neighbours'), undefined):
            _loop_vars = {}
            pass
            yield '- **'
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_n, 'ref'), _loop_vars=_loop_vars))
            yield '** ('
            yield str(('outside component' if environment.getattr(l_1_n, 'external') else 'system'))
            yield ')\n    - **Mechanism**: '
            l_2_loop = missing
            for l_2_d, l_2_loop in LoopContext(environment.getattr(l_1_n, 'via'), undefined):
                _loop_vars = {}
                pass
                yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_d, 'source'), _loop_vars=_loop_vars))
                yield ' '
                yield str(environment.getattr(l_2_d, 'verb'))
                yield ' '
                yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_d, 'target'), _loop_vars=_loop_vars))
                if environment.getattr(l_2_d, 'protocol'):
                    pass
                    yield ' over '
                    yield str(environment.getattr(l_2_d, 'protocol'))
                yield str(('; ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 83 in 'hld-lld.md.j2' evaluated to false and no else section was defined.")))
            l_2_loop = l_2_d = missing
            yield '\n    - **Data**: '
            yield str((t_2(context.eval_ctx, t_8(environment, t_6(context, t_5(context, environment.getattr(l_1_n, 'via'), attribute='data'))), ', ') or 'not stated'))
            yield '\n'
        l_1_loop = l_1_n = missing
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_context_links')))
        yield '\n'
    yield '\n## 4. Low-level design (LLD)\n\n### Component structure details\n'
    t_12 = 1
    for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        _loop_vars = {}
        pass
        yield '- **'
        yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars))
        yield '** ('
        yield str((environment.getattr(l_1_c, 'kind') or 'kind not given'))
        yield ', owner '
        yield str((environment.getattr(l_1_c, 'owner') or 'not named'))
        yield '): built with '
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), environment.getattr(l_1_c, 'technologies'), False, 'no technology listed', _loop_vars=_loop_vars))
        if environment.getattr(l_1_c, 'description'):
            pass
            yield '; '
            yield str(environment.getattr(l_1_c, 'description'))
        yield '\n'
        t_12 = 0
    l_1_c = missing
    if t_12:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n### File and module organization\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'structure', 'Structure', 'file and module organization'))
    yield '\n\n### API contracts\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'api', 'API', 'API contracts'))
    yield '\n\n### Data models\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'data-model', 'Data model', 'data models'))
    yield '\n\n### Database schema\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'data_components'):
        pass
        yield '| Store | Kind | Technology | Reached by |\n|---|---|---|---|\n'
        for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'data_components'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), table=True, _loop_vars=_loop_vars))
            yield ' | '
            yield str(t_1(environment.getattr(l_1_c, 'kind')))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), environment.getattr(l_1_c, 'technologies'), True, _loop_vars=_loop_vars))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), t_4(context.eval_ctx, t_8(environment, t_5(context, t_7(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'flows'), 'target', 'equalto', environment.getattr(l_1_c, 'ref')), attribute='source'))), True, _loop_vars=_loop_vars))
            yield ' |\n'
        l_1_c = missing
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_data')))
        yield '\n'
    yield '\n## 5. Technical decisions\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'checklist')))
    yield '\n\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'decision_areas')))
    yield '\n'
    def t_13(fiter):
        for l_1_d in fiter:
            if (environment.getattr(l_1_d, 'in_force') or (environment.getattr(l_1_d, 'status') == 'proposed')):
                yield l_1_d
    t_14 = 1
    for l_1_d in t_13(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions')):
        _loop_vars = {}
        pass
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'decision_details'), l_1_d, '###', _loop_vars=_loop_vars))
        yield '\n'
        t_14 = 0
    l_1_d = missing
    if t_14:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_decisions')))
        yield '\n'
    yield '\n## 6. Security design\n\n### Authentication and authorization\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'authentication')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'authorization')))
    yield '\n\n### Data security\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'data_protection'), with_sections=False))
    yield '\n\n### Security controls\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'security', 'Security', 'security controls'))
    yield '\n\n## 7. Performance and scalability\n\n### Performance targets\n'
    l_0_performance = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs_except'), 'rpo_minutes', 'rto_minutes')
    context.vars['performance'] = l_0_performance
    context.exported_vars.add('performance')
    if (undefined(name='performance') if l_0_performance is missing else l_0_performance):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'nfr_list'), (undefined(name='performance') if l_0_performance is missing else l_0_performance)))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_performance')))
        yield '\n'
    yield '\n### Scalability strategy\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'scaling')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'fan_in')))
    yield '\n\n### Performance optimizations\n'
    l_0_caches = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components_of_kind'), 'cache')
    context.vars['caches'] = l_0_caches
    context.exported_vars.add('caches')
    if ((undefined(name='caches') if l_0_caches is missing else l_0_caches) or context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'performance')):
        pass
        for l_1_c in (undefined(name='caches') if l_0_caches is missing else l_0_caches):
            _loop_vars = {}
            pass
            yield '- **Caching**: '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars))
            if environment.getattr(l_1_c, 'technologies'):
                pass
                yield ' on '
                yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), environment.getattr(l_1_c, 'technologies'), _loop_vars=_loop_vars))
            yield '\n'
        l_1_c = missing
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'performance')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'gap'), 'performance optimizations', 'Add a `## Performance` section to a component note, or a component with `kind: cache`.'))
        yield '\n'
    yield '\n## 8. Error handling and monitoring\n\n### Error handling strategy\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'errors', 'Error handling', 'error handling'))
    yield '\n\n### Logging and monitoring\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'logging and monitoring', ['monitoring', 'metrics', 'logging', 'tracing', 'alerting']))
    yield '\n\n## 9. Testing strategy\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'testing')))
    yield '\n\n### Unit testing\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'unit-tests', 'Unit testing', 'unit testing'))
    yield '\n\n### Integration testing\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'integration-tests', 'Integration testing', 'integration testing'))
    yield '\n\n### End-to-end testing\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'e2e-tests', 'End-to-end testing', 'end-to-end testing'))
    yield '\n\n## 10. Deployment and operations\n\n### Deployment strategy\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'deployment', ['cloud', 'container-orchestration', 'ci-cd', 'load-balancer', 'deployment']))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'operations')))
    yield '\n\n### Operational considerations\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'recovery')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'backup')))
    yield '\n\n## 11. Risks\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'risks')))
    yield '\n\n## 12. Open questions\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'open_questions')))
    yield '\n\n## 13. Vault gaps\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'vault_gaps')))
    yield '\n'

blocks = {}
debug_info = '5=64&7=67&8=69&11=71&13=73&16=75&17=77&19=84&21=86&23=90&24=98&29=100&30=103&31=105&33=107&34=109&35=111&38=114&41=116&44=118&45=120&47=124&51=127&53=130&54=134&55=138&56=151&60=172&66=175&69=177&72=179&73=181&75=184&76=188&77=190&79=214&81=218&82=222&83=227&85=242&88=247&94=251&95=255&98=271&102=274&105=276&108=278&111=280&114=283&115=287&118=298&122=301&124=303&125=305&127=314&129=320&135=323&136=325&139=327&142=329&147=331&148=334&149=336&151=340&155=343&156=345&159=347&160=350&161=352&162=356&165=363&167=367&173=370&176=372&179=374&182=376&185=378&188=380&193=382&194=384&197=386&198=388&201=390&204=392&207=394'