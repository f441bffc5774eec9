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
    l_0_sdd = l_0_accepted = l_0_performance = l_0_caches = missing
    try:
        t_1 = environment.filters['cell']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'cell' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    l_0_sdd = context.vars['sdd'] = environment.get_template('_sdd.md.j2', 'hld-lld.md.j2').make_module(context.get_all(), True, {'accepted': l_0_accepted, 'caches': l_0_caches, 'performance': l_0_performance, 'ranked': l_0_ranked, 'sdd': l_0_sdd})
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
        yield ')\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_description')))
        yield '\n'
    l_0_accepted = t_3(context.eval_ctx, t_5(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions'), 'status', 'eq', 'accepted'))
    context.vars['accepted'] = l_0_accepted
    context.exported_vars.add('accepted')
    yield '\nThe design has '
    yield str(t_2(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components')))
    yield ' components and '
    yield str(t_2(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions')))
    yield ' recorded decisions ('
    yield str(t_2((undefined(name='accepted') if l_0_accepted is missing else l_0_accepted)))
    yield ' accepted, '
    yield str(t_2(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'proposed')))
    yield ' proposed).\n'
    if (undefined(name='accepted') if l_0_accepted is missing else l_0_accepted):
        pass
        yield 'Key decisions in force: '
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), t_4(context, (undefined(name='accepted') if l_0_accepted is missing else l_0_accepted), attribute='ref')))
        yield '.\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'context')))
    yield '\n\n## 2. Requirements analysis\n\n### Key requirements\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'nfr_table'), environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_nfr')))
        yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'compliance_list')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'requirements', 'Requirements'))
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
        yield 'Measured by the `depends_on` links into and out of each component.\n'
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
                l_1_members = t_3(context.eval_ctx, t_5(context, (undefined(name='ranked') if l_0_ranked is missing else l_0_ranked), '1', 'ge', 5))
                _loop_vars['members'] = l_1_members
            elif (l_1_level == 'medium'):
                pass
                l_1_members = t_3(context.eval_ctx, t_5(context, t_5(context, (undefined(name='ranked') if l_0_ranked is missing else l_0_ranked), '1', 'ge', 3), '1', 'le', 4))
                _loop_vars['members'] = l_1_members
            else:
                pass
                l_1_members = t_3(context.eval_ctx, t_5(context, (undefined(name='ranked') if l_0_ranked is missing else l_0_ranked), '1', 'le', 2))
                _loop_vars['members'] = l_1_members
            yield '- **'
            yield str(l_1_title)
            yield '**: '
            l_2_loop = missing
            t_6 = 1
            for (l_2_component, l_2_count), l_2_loop in LoopContext((undefined(name='members') if l_1_members is missing else l_1_members), undefined):
                _loop_vars = {}
                pass
                yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_component, 'ref'), _loop_vars=_loop_vars))
                yield ' ('
                yield str(l_2_count)
                yield ')'
                yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 53 in 'hld-lld.md.j2' evaluated to false and no else section was defined.")))
                t_6 = 0
            l_2_loop = l_2_component = l_2_count = missing
            if t_6:
                pass
                yield 'none'
            yield '\n'
        l_1_loop = l_1_level = l_1_title = l_1_members = missing
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n## 3. High-level design (HLD)\n\n### Component architecture\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'containers')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n### Data flow\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'components')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n### Integration points\n'
    if (environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'externals') or environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'neighbours')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'context')))
        yield '\n\n'
        for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'externals'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars))
            yield ' (external component), used by '
            yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), t_4(context, context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'depending_on'), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars), attribute='ref'), _loop_vars=_loop_vars))
            if environment.getattr(l_1_c, 'description'):
                pass
                yield ': '
                yield str(environment.getattr(l_1_c, 'description'))
            yield '\n'
        l_1_c = missing
        l_1_loop = missing
        for l_1_n, l_1_loop in LoopContext(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'neighbours'), undefined):
            _loop_vars = {}
            pass
            yield '- '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_n, 'ref'), _loop_vars=_loop_vars))
            yield ' ('
            yield str(('outside component' if environment.getattr(l_1_n, 'external') else 'system'))
            yield '): '
            l_2_loop = missing
            for l_2_d, l_2_loop in LoopContext(environment.getattr(l_1_n, 'via'), undefined):
                _loop_vars = {}
                pass
                yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_d, 'source'), _loop_vars=_loop_vars))
                yield ' → '
                yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_d, 'target'), _loop_vars=_loop_vars))
                yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 85 in 'hld-lld.md.j2' evaluated to false and no else section was defined.")))
            l_2_loop = l_2_d = missing
            yield '\n'
        l_1_loop = l_1_n = missing
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_context_links')))
        yield '\n'
    yield '\n## 4. Low-level design (LLD)\n\n### Component details\n'
    t_7 = 1
    for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        _loop_vars = {}
        pass
        yield '\n#### '
        yield str(environment.getattr(environment.getattr(l_1_c, 'ref'), 'name'))
        yield '\n- **Note**: '
        yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars))
        yield ' ('
        yield str((environment.getattr(l_1_c, 'kind') or 'kind not given'))
        yield '), owner '
        yield str((environment.getattr(l_1_c, 'owner') or 'not named'))
        yield '\n- **Built with**: '
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), environment.getattr(l_1_c, 'technologies'), _loop_vars=_loop_vars))
        yield '\n- **Calls**: '
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), environment.getattr(l_1_c, 'depends_on'), _loop_vars=_loop_vars))
        yield '\n'
        if environment.getattr(l_1_c, 'description'):
            pass
            yield '- **Responsibility**: '
            yield str(environment.getattr(l_1_c, 'description'))
            yield '\n'
        t_7 = 0
    l_1_c = missing
    if t_7:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n### API contracts\n'
    if context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'api'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'api')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_component_section'), 'API', 'API contracts'))
        yield '\n'
    yield '\n### Data models\n'
    if context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'data-model'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'data-model')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_component_section'), 'Data model', 'data models'))
        yield '\n'
    yield '\n### Database schema\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'data_components'):
        pass
        yield '| Store | Kind | Technology | Used by | Holds |\n|---|---|---|---|---|\n'
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
            yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), t_4(context, context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'depending_on'), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars), attribute='ref'), True, _loop_vars=_loop_vars))
            yield ' | '
            yield str(t_1(environment.getattr(l_1_c, 'description')))
            yield ' |\n'
        l_1_c = missing
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_data')))
        yield '\n'
    yield '\n## 5. Technical decisions\n\n### Decisions required\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'checklist')))
    yield '\n\n### Decision records\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'decision_areas')))
    yield '\n'
    t_8 = 1
    for l_1_d in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions'):
        _loop_vars = {}
        pass
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'decision_details'), l_1_d, _loop_vars=_loop_vars))
        yield '\n'
        t_8 = 0
    l_1_d = missing
    if t_8:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_decisions')))
        yield '\n'
    yield '\n## 6. Security design\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'compliance_list')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'data_flows')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'security')))
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
    l_0_caches = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components_of_kind'), 'cache')
    context.vars['caches'] = l_0_caches
    context.exported_vars.add('caches')
    if ((undefined(name='caches') if l_0_caches is missing else l_0_caches) or context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'scaling')):
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
            if environment.getattr(l_1_c, 'description'):
                pass
                yield ' — '
                yield str(environment.getattr(l_1_c, 'description'))
            yield '\n'
        l_1_c = missing
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'scaling')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'gap'), 'scalability strategy', 'Add a `## Scaling` section to a component note, or a component with `kind: cache`.'))
        yield '\n'
    yield '\n## 8. Error handling and monitoring\n\n### Error handling strategy\n'
    if context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'errors'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'errors')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_component_section'), 'Error handling', 'error handling'))
        yield '\n'
    yield '\n### Logging and monitoring\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'logging and monitoring', ['monitoring', 'metrics', 'logging', 'tracing', 'alerting']))
    yield '\n\n## 9. Testing strategy\n'
    if context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'testing'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'testing')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_component_section'), 'Testing', 'testing strategy'))
        yield '\n'
    yield '\n## 10. Deployment and operations\n\n### Deployment strategy\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'deployment', ['cloud', 'container-orchestration', 'ci-cd', 'load-balancer', 'deployment']))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'operations')))
    yield '\n\n### Backup and recovery\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'recovery')))
    yield '\n\n## 11. Risks and open questions\n\n### Risks\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'risks')))
    yield '\n\n### Open questions\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'open_questions')))
    yield '\n'

blocks = {}
debug_info = '5=46&7=49&8=51&11=53&13=55&16=57&17=59&19=65&21=67&23=71&24=79&25=82&27=84&32=86&33=88&35=92&37=94&38=96&41=98&42=100&44=104&48=107&50=110&51=114&52=118&53=131&57=152&63=155&64=157&66=161&70=164&71=166&73=170&77=173&78=175&80=177&81=181&84=191&85=195&89=212&95=216&97=220&98=222&99=228&100=230&101=232&102=235&105=241&109=244&110=246&112=250&116=253&117=255&119=259&123=262&126=265&127=269&130=282&136=285&139=287&140=290&142=294&144=300&148=303&149=305&150=307&155=309&156=312&157=314&159=318&163=321&164=324&165=326&166=330&169=341&171=345&177=348&178=350&180=354&184=357&187=359&188=361&190=365&196=368&197=370&200=372&205=374&208=376'