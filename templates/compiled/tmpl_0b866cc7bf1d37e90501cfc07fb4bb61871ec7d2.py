from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'c4.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    l_0_link = resolve('link')
    l_0_diagrams = resolve('diagrams')
    l_0_sdd = l_0_weighed = l_0_performance = l_0_scale = l_0_reliability = l_0_internal = l_0_outside = l_0_dated = missing
    try:
        t_1 = environment.filters['cell']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'cell' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_5 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_6 = environment.filters['sort']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'sort' found.")
    pass
    l_0_sdd = context.vars['sdd'] = environment.get_template('_sdd.md.j2', 'c4.md.j2').make_module(context.get_all(), True, {'dated': l_0_dated, 'internal': l_0_internal, 'outside': l_0_outside, 'performance': l_0_performance, 'reliability': l_0_reliability, 'scale': l_0_scale, 'sdd': l_0_sdd, 'weighed': l_0_weighed})
    context.exported_vars.discard('sdd')
    yield '---\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'properties')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'sources')))
    yield '\n---\n\n# '
    yield str(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'system'), 'name'))
    yield ' — System design (C4)\n\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'generated_notice')))
    yield '\n\n## Metadata\n- **System**: '
    yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'system')))
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'status'):
        pass
        yield ', status '
        yield str(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'status'))
    yield '\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'owner'):
        pass
        yield '- **Owner**: '
        yield str(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'owner'))
        yield '\n'
    yield '- **Related PRDs**: '
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), t_3(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'prds'), attribute='ref'), False, 'none yet'))
    yield '\n- **Related ADRs**: '
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), t_3(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions'), attribute='ref'), False, 'none yet'))
    yield '\n\n## Executive summary\n'
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
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'problem', 'Problem'))
    yield '\n'
    if (not environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'prds')):
        pass
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_prd')))
        yield '\n'
    yield '\n## 1. Context (C4 level 1)\n\n### System context diagram\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'context')))
    yield '\n\n### Actors and external systems\n'
    if (environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'externals') or environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'neighbours')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'neighbours_table')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_context_links')))
        yield '\n'
    yield '\n## 2. Containers (C4 level 2)\n\n### Container diagram\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'containers')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n### Container descriptions\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        pass
        yield '| Container | Kind | Technology | Purpose | Owner |\n|---|---|---|---|---|\n'
        for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), table=True, _loop_vars=_loop_vars))
            yield ' | '
            yield str(t_1(environment.getattr(l_1_c, 'kind')))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), environment.getattr(l_1_c, 'technologies'), True, _loop_vars=_loop_vars))
            yield ' | '
            yield str(t_1(environment.getattr(l_1_c, 'description')))
            yield ' | '
            yield str(t_1(environment.getattr(l_1_c, 'owner')))
            yield ' |\n'
        l_1_c = missing
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'shared_components')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n## 3. Components (C4 level 3)\n\n### Component relationships\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'components')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n### Component responsibilities\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        pass
        yield '| Component | Responsibility | Depends on | Depended on by |\n|---|---|---|---|\n'
        for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), table=True, _loop_vars=_loop_vars))
            yield ' | '
            yield str(t_1(environment.getattr(l_1_c, 'description')))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), environment.getattr(l_1_c, 'depends_on'), True, _loop_vars=_loop_vars))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), t_3(context, context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'depending_on'), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars), attribute='ref'), True, _loop_vars=_loop_vars))
            yield ' |\n'
        l_1_c = missing
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n## 4. Key design decisions\n\n### Decision log\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'decision_log')))
    yield '\n\n### Options weighed\n'
    l_0_weighed = t_2(context.eval_ctx, t_5(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions'), 'considered'))
    context.vars['weighed'] = l_0_weighed
    context.exported_vars.add('weighed')
    if (undefined(name='weighed') if l_0_weighed is missing else l_0_weighed):
        pass
        yield '| Decision | Options considered | Chosen | Status |\n|---|---|---|---|\n'
        for l_1_d in (undefined(name='weighed') if l_0_weighed is missing else l_0_weighed):
            _loop_vars = {}
            pass
            yield '| '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_d, 'ref'), table=True, _loop_vars=_loop_vars))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'considered'), l_1_d, True, _loop_vars=_loop_vars))
            yield ' | '
            yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'chosen'), l_1_d, True, _loop_vars=_loop_vars))
            yield ' | '
            yield str(t_1(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'status'), l_1_d, _loop_vars=_loop_vars)))
            yield ' |\n'
        l_1_d = missing
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'gap'), 'options considered', "Add `considered:` (the options weighed, as links) to this system's ADRs."))
        yield '\n'
    yield '\n### Decisions required\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'checklist')))
    yield '\n\n## 5. API design\n'
    if context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'api'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'api')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_component_section'), 'API', 'API description'))
        yield '\n'
    yield '\n## 6. Data model\n\n### Data stores\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'data_stores')))
    yield '\n\n### Entities and schemas\n'
    if context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'data-model'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'data-model')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_component_section'), 'Data model', 'data model'))
        yield '\n'
    yield '\n## 7. Security architecture\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'compliance_list')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'data_flows')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'security')))
    yield '\n\n## 8. Non-functional requirements\n\n### Performance\n'
    l_0_performance = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs_named'), 'latency_p50_ms', 'latency_p95_ms', 'latency_p99_ms', 'throughput_rps')
    context.vars['performance'] = l_0_performance
    context.exported_vars.add('performance')
    if (undefined(name='performance') if l_0_performance is missing else l_0_performance):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'nfr_table'), (undefined(name='performance') if l_0_performance is missing else l_0_performance)))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_performance')))
        yield '\n'
    yield '\n### Scalability\n'
    l_0_scale = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs_named'), 'users', 'throughput_rps')
    context.vars['scale'] = l_0_scale
    context.exported_vars.add('scale')
    if ((undefined(name='scale') if l_0_scale is missing else l_0_scale) or context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'scaling')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'nfr_list'), (undefined(name='scale') if l_0_scale is missing else l_0_scale)))
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'scaling')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'gap'), 'scalability targets', "Add `users` or `throughput_rps` to the PRD's `nfr:` map, or a `## Scaling` section to a component note."))
        yield '\n'
    yield '\n### Availability and reliability\n'
    l_0_reliability = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs_named'), 'availability', 'rpo_minutes', 'rto_minutes')
    context.vars['reliability'] = l_0_reliability
    context.exported_vars.add('reliability')
    if (undefined(name='reliability') if l_0_reliability is missing else l_0_reliability):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'nfr_table'), (undefined(name='reliability') if l_0_reliability is missing else l_0_reliability)))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_availability')))
        yield '\n'
    yield '\n### Observability\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'observability', ['monitoring', 'metrics', 'logging', 'tracing', 'alerting']))
    yield '\n\n## 9. Infrastructure\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'infrastructure', ['cloud', 'container-orchestration', 'ci-cd', 'load-balancer', 'deployment']))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'operations')))
    yield '\n\n## 10. Dependencies\n\n### Internal dependencies\n'
    l_0_internal = t_2(context.eval_ctx, t_4(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'neighbours'), 'external'))
    context.vars['internal'] = l_0_internal
    context.exported_vars.add('internal')
    if (undefined(name='internal') if l_0_internal is missing else l_0_internal):
        pass
        yield '| System | Relation | Through |\n|---|---|---|\n'
        l_1_loop = missing
        for l_1_n, l_1_loop in LoopContext((undefined(name='internal') if l_0_internal is missing else l_0_internal), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_n, 'ref'), table=True, _loop_vars=_loop_vars))
            yield ' | '
            yield str(('this system depends on it' if (environment.getattr(l_1_n, 'relation') == 'uses') else 'depends on this system'))
            yield ' | '
            l_2_loop = missing
            for l_2_d, l_2_loop in LoopContext(environment.getattr(l_1_n, 'via'), undefined):
                _loop_vars = {}
                pass
                yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_d, 'source'), True, _loop_vars=_loop_vars))
                yield ' → '
                yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_d, 'target'), True, _loop_vars=_loop_vars))
                yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 176 in 'c4.md.j2' evaluated to false and no else section was defined.")))
            l_2_loop = l_2_d = missing
            yield ' |\n'
        l_1_loop = l_1_n = missing
    else:
        pass
        yield 'No other system is linked to this one by a `depends_on` between components.\n'
    yield '\n### External dependencies\n'
    l_0_outside = t_2(context.eval_ctx, t_5(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'neighbours'), 'external'))
    context.vars['outside'] = l_0_outside
    context.exported_vars.add('outside')
    if (environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'externals') or (undefined(name='outside') if l_0_outside is missing else l_0_outside)):
        pass
        for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'externals'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars))
            yield ' (external component)'
            if environment.getattr(l_1_c, 'description'):
                pass
                yield ': '
                yield str(environment.getattr(l_1_c, 'description'))
            yield '\n'
        l_1_c = missing
        for l_1_n in (undefined(name='outside') if l_0_outside is missing else l_0_outside):
            _loop_vars = {}
            pass
            yield '- '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_n, 'ref'), _loop_vars=_loop_vars))
            yield ' (outside every system), '
            yield str(('used by this system' if (environment.getattr(l_1_n, 'relation') == 'uses') else 'uses this system'))
            yield '\n'
        l_1_n = missing
    else:
        pass
        yield 'No external component: add one with `kind: external` when the system relies on a service it does not run.\n'
    yield '\n### Dependency diagram\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'systems')))
    yield '\n\n## 11. Risks and mitigations\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'risks')))
    yield '\n\n## 12. Implementation phases\n'
    if context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'milestones'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'milestones')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_prd_section'), 'Milestones', 'implementation phases'))
        yield '\n'
    yield '\n## 13. Open questions\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'open_questions')))
    yield '\n\n## Appendix\n\n### References\n'
    for l_1_source in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'sources'):
        _loop_vars = {}
        pass
        yield '- '
        yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), l_1_source, _loop_vars=_loop_vars))
        yield '\n'
    l_1_source = missing
    yield '\n## Changelog\n'
    l_0_dated = t_2(context.eval_ctx, t_6(environment, t_5(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions'), 'date'), attribute='date'))
    context.vars['dated'] = l_0_dated
    context.exported_vars.add('dated')
    if (undefined(name='dated') if l_0_dated is missing else l_0_dated):
        pass
        yield '| Date | Decision | Status |\n|---|---|---|\n'
        for l_1_d in (undefined(name='dated') if l_0_dated is missing else l_0_dated):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_1(environment.getattr(l_1_d, 'date')))
            yield ' | '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_d, 'ref'), table=True, _loop_vars=_loop_vars))
            yield ' | '
            yield str(t_1(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'status'), l_1_d, _loop_vars=_loop_vars)))
            yield ' |\n'
        l_1_d = missing
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'gap'), 'decision dates', "Add `date:` to this system's ADRs."))
        yield '\n'

blocks = {}
debug_info = '6=51&8=54&9=56&12=58&14=60&17=62&19=68&20=71&22=74&23=76&26=78&27=80&29=86&31=88&32=90&34=93&40=96&43=98&44=100&46=104&52=107&53=109&55=113&59=116&62=119&63=123&65=134&67=138&73=141&74=143&76=147&80=150&83=153&84=157&87=168&93=171&96=173&97=176&100=179&101=183&104=194&108=197&111=199&112=201&114=205&120=208&123=210&124=212&126=216&130=219&131=221&132=223&137=225&138=228&139=230&141=234&145=237&146=240&147=242&148=244&150=248&154=251&155=254&156=256&158=260&162=263&165=265&166=267&171=269&172=272&175=276&176=280&183=299&184=302&185=304&186=308&189=316&190=320&197=329&200=331&203=333&204=335&206=339&210=342&215=344&216=348&220=352&221=355&224=358&225=362&228=371'